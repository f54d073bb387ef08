using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Registration;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class UnconfirmedAccountCleanupTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private Task<HttpResponseMessage> RegisterAsync(string email) =>
        app.Browser().SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Robin Reader", ["Password"] = Accounts.Password });

    private Task<bool> ExistsAsync(string email) => app.WithUsersAsync(async users => await users.FindByEmailAsync(email) is not null);

    private async Task RunJobAsync() => Assert.True(await app.Services.GetRequiredService<UnconfirmedAccountCleanup>().RunOnceAsync(CancellationToken.None), "the job took its lease");

    [Fact]
    public async Task Registrations_never_confirmed_within_a_week_are_deleted_and_the_address_can_register_again()
    {
        var abandoned = Accounts.NewEmail("abandoned");
        var confirmedEarly = Accounts.NewEmail("confirmed");
        Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(abandoned)).StatusCode);
        await app.CreateCustomerAsync(confirmedEarly);

        app.Time.Advance(TimeSpan.FromDays(6));
        var recent = Accounts.NewEmail("recent");
        await RegisterAsync(recent);
        await RunJobAsync();
        Assert.True(await ExistsAsync(abandoned), "six days old: not yet");

        app.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await RunJobAsync();

        Assert.False(await ExistsAsync(abandoned));
        Assert.True(await ExistsAsync(confirmedEarly));
        Assert.True(await ExistsAsync(recent), "one day old and unconfirmed: kept");

        // The address is free again: registering anew makes an account and sends a second confirmation email.
        Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(abandoned)).StatusCode);
        Assert.True(await ExistsAsync(abandoned));
        await Eventually.UntilAsync(() => app.MailCountTo(abandoned) == 2, TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_max_age_shorter_than_the_confirmation_link_stops_start_up_with_a_message()
    {
        using var shortAge = new ShortMaxAgeApp();
        var failure = Assert.ThrowsAny<Exception>(() => shortAge.Services);
        Assert.Contains("Accounts:UnconfirmedAccountMaxAge", failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class ShortMaxAgeApp : StoreAppFactory
    {
        public ShortMaxAgeApp() => Setting("Accounts:UnconfirmedAccountMaxAge", "1.00:00:00");
    }
}
