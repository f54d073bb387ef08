using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Store.Accounts.Users;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

/// <summary>A shop whose password hasher counts the checks made for each password tried.</summary>
public sealed class CountingHasherShop : StoreAppFactory
{
    public ConcurrentDictionary<string, int> Checks { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddScoped<IPasswordHasher<User>>(provider =>
            new CountingHasher(new PasswordHasher<User>(provider.GetRequiredService<IOptions<PasswordHasherOptions>>()), Checks));

    private sealed class CountingHasher(IPasswordHasher<User> inner, ConcurrentDictionary<string, int> checks) : IPasswordHasher<User>
    {
        public string HashPassword(User user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            checks.AddOrUpdate(providedPassword, 1, (_, n) => n + 1);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>
/// The time of a failed sign-in must not tell whether the email has an account, or a locked one. What
/// costs the time is the password hash check (a hundred thousand rounds of PBKDF2; the rest is a query or
/// two), so every kind of failed try must make exactly one, with the shop's own hasher. Counted, not timed:
/// load on the machine can neither fail nor pass this. Before dummy hashing an unknown email made none.
/// </summary>
public sealed class SignInTimingTests(CountingHasherShop app) : IClassFixture<CountingHasherShop>
{
    [Fact]
    public async Task The_sign_in_page_checks_one_password_hash_for_unknown_locked_and_known_accounts_alike()
    {
        var client = app.Browser();
        var token = FormPost.TokenOf(await (await client.GetAsync("/account/login")).HtmlAsync());

        await AssertOneCheckEachAsync((email, password) =>
            client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }, token));
    }

    [Fact]
    public async Task The_token_endpoint_checks_one_password_hash_for_unknown_locked_and_known_accounts_alike()
    {
        var client = app.CreateClient();

        await AssertOneCheckEachAsync((email, password) => client.PostAsJsonAsync("/api/v1/auth/token", new { email, password }));
    }

    private async Task AssertOneCheckEachAsync(Func<string, string, Task<HttpResponseMessage>> tryOnce)
    {
        var known = Accounts.NewEmail("known");
        var locked = Accounts.NewEmail("locked");
        await app.CreateCustomerAsync(known);
        await app.CreateCustomerAsync(locked);
        await app.WithUsersAsync(async users => await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, DateTimeOffset.MaxValue));
        var kinds = new Dictionary<string, string>
        {
            ["unknown email"] = Accounts.NewEmail("nobody"),
            ["wrong password"] = known,
            ["locked account"] = locked,
        };

        // Twice each: the first unknown-email try also makes the dummy hash once, which must not be the only check.
        foreach (var round in new[] { 1, 2 })
        {
            foreach (var (kind, email) in kinds)
            {
                var password = $"Wrong-pass-{Guid.NewGuid():N}";
                var response = await tryOnce(email, password);

                Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{kind}: {(int)response.StatusCode}");
                Assert.True(app.Checks.TryGetValue(password, out var checks) && checks == 1, $"'{kind}' (try {round}) checked the password hash {checks} times, not once");
            }
        }
    }
}
