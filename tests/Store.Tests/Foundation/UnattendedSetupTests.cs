using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Core.Setup;
using Store.Core.Sites;
using Store.Tests.Infrastructure;

namespace Store.Tests.Foundation;

public sealed class UnsetShop : StoreAppFactory
{
    protected override string? Recipe => null;
}

public sealed class UnattendedSetupTests(UnsetShop app) : IClassFixture<UnsetShop>
{
    [Fact]
    public async Task Configuration_sets_the_shop_up_and_prints_a_generated_password_that_works()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Setup:SiteName"] = "Night Market",
            ["Setup:AdminEmail"] = "boss@market.test",
            ["Setup:Recipe"] = "default",
        }).Build();
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            await UnattendedSetup.RunAsync(app.Services, configuration, CancellationToken.None);
        }
        finally
        {
            Console.SetOut(original);
        }

        var printed = console.ToString();
        var password = printed.Split('\n').Single(l => l.Contains("Password (shown once):", StringComparison.Ordinal)).Split(':')[1].Trim();
        Assert.Equal("Night Market", (await app.Services.GetRequiredService<SiteState>().GetAsync())!.Name);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var admin = await users.FindByEmailAsync("boss@market.test");
        Assert.True(await users.CheckPasswordAsync(admin!, password));

        // A second start with the same settings leaves the shop as it is.
        await UnattendedSetup.RunAsync(app.Services, configuration, CancellationToken.None);
        Assert.Single(users.Users);
    }
}

public sealed class GeneratedPasswordTests
{
    [Fact]
    public void Generated_passwords_always_have_a_letter_a_digit_and_enough_length()
    {
        for (var i = 0; i < 2_000; i++)
        {
            var password = UnattendedSetup.GeneratePassword();
            Assert.Equal(19, password.Length);
            Assert.Contains(password, char.IsAsciiLetterLower);
            Assert.Contains(password, char.IsAsciiDigit);
        }
    }
}
