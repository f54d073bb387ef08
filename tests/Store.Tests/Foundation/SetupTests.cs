using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Core.Data;
using Store.Core.Recipes;
using Store.Core.Sites;
using Store.Tests.Infrastructure;

namespace Store.Tests.Foundation;

/// <summary>A shop that is not set up, with an extra recipe whose second step no module knows.</summary>
public sealed class UnsetShopFactory : StoreAppFactory
{
    protected override string? Recipe => null;

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        var folder = Path.Combine(Path.GetTempPath(), "store-recipes-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Recipes", "default.json"), Path.Combine(folder, "default.json"));
        File.WriteAllText(Path.Combine(folder, "broken.json"), """
            { "name": "broken", "description": "Fails on its second step.", "steps": [ { "name": "nothing-handles-this" } ] }
            """);
        services.AddSingleton(new RecipeCatalog(folder));
    }
}

public sealed class SetupTests(UnsetShopFactory app) : IClassFixture<UnsetShopFactory>
{
    private static Dictionary<string, string> Form(string email = "owner@shop.test", string password = "Owner-pass-2026", string recipe = "default", string name = "Corner Shop", string currency = "EUR") =>
        new() { ["SiteName"] = name, ["AdminEmail"] = email, ["AdminPassword"] = password, ["Recipe"] = recipe, ["Currency"] = currency };

    [Fact]
    public async Task Setup_validates_fails_cleanly_and_can_be_retried()
    {
        var client = app.Browser();

        // Every page leads to setup while the shop is empty.
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/setup", home.Headers.Location?.OriginalString);

        // Bad values: 400, messages beside the fields, nothing written.
        var bad = await client.SubmitAsync("/setup", Form(email: "nope", password: "", name: new string('x', 101), currency: "ZZ"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Enter a valid email address.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a password.", html, StringComparison.Ordinal);
        Assert.Contains("at most 100 characters", html, StringComparison.Ordinal);
        Assert.Contains("three-letter ISO 4217", html, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();

        // A password the policy refuses is reported on the password field, and rolls the site row back.
        var weak = await client.SubmitAsync("/setup", Form(password: "short"));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("Passwords must be at least 10 characters", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingWrittenAsync();

        // A recipe step no module handles: the message names the step and field; nothing half-written.
        var broken = await client.SubmitAsync("/setup", Form(recipe: "broken"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("Recipe step &#x27;nothing-handles-this&#x27;, field &#x27;name&#x27;", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingWrittenAsync();

        // The retry succeeds.
        var good = await client.SubmitAsync("/setup", Form());
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("/admin", good.Headers.Location?.OriginalString);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
            var site = await db.Set<Site>().SingleAsync();
            Assert.Equal("Corner Shop", site.Name);
            Assert.Equal("EUR", site.Currency);
            Assert.Equal(1, await db.Set<User>().CountAsync());
        }

        // Setting up twice is refused, and the page now leads home.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/setup")).StatusCode);
        var admin = await app.SignedInAdminAsync("owner@shop.test", "Owner-pass-2026");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Setup_post_without_antiforgery_token_is_refused()
    {
        var response = await app.Browser().PostFormAsync("/setup", Form(), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task AssertNothingWrittenAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        Assert.Equal(0, await db.Set<Site>().CountAsync());
        Assert.Equal(0, await db.Set<User>().CountAsync());
        Assert.Equal(0, await db.Set<Store.Accounts.Roles.Role>().CountAsync());
    }
}
