using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Store.Core.Data;
using Store.Core.Setup;

namespace Store.Tests.Infrastructure;

/// <summary>
/// The whole shop in memory on a fresh database (one per test class through <c>IClassFixture</c>), in the
/// Production environment so error pages are the ones shoppers see. Time is a <see cref="FakeTimeProvider"/>.
/// A derived factory can instead start another web node on a database another factory owns.
/// </summary>
public class StoreAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin-pass-123";

    private readonly Dictionary<string, string?> _settings = new();

    public StoreAppFactory()
        : this(sharedDatabase: null)
    {
    }

    /// <summary>
    /// With <paramref name="sharedDatabase"/>, another web node of the shop whose factory owns that database:
    /// this one starts on it as it is (no migrations, no setup) and leaves dropping it to its owner, which
    /// must be disposed after this one.
    /// </summary>
    protected StoreAppFactory(TestDatabase? sharedDatabase)
    {
        OwnsDatabase = sharedDatabase is null;
        Database = sharedDatabase ?? new TestDatabase();
        _settings["Database:Provider"] = Database.Provider;
        _settings["Database:ConnectionString"] = Database.ConnectionString;
        // Emails of the out-of-the-box transport land in a temp folder, never in the source tree.
        MailFolder = Path.Combine(Path.GetTempPath(), "store-tests", Guid.NewGuid().ToString("n"), "mail");
        _settings["Email:PickupDirectory"] = MailFolder;
        // Required outside Development; tests follow links by their path, so the host is nominal.
        _settings["Email:BaseUrl"] = "http://localhost";
        // Every test of a class comes from one address; the rate-limit tests set their own small limits.
        foreach (var bucket in new[] { "Api", "SignInPerAddress", "SignInPerAccount" })
        {
            _settings[$"RateLimits:{bucket}:Burst"] = "100000";
            _settings[$"RateLimits:{bucket}:PerMinute"] = "100000";
        }

        // The pseudo-locales (qps-ploc, qps-plocm) are on in every test host, as in Development.
        _settings["Localization:PseudoLocales"] = "true";
        // A key per test app: the per-installation fallback would write into the source tree.
        _settings["Jwt:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    }

    /// <summary>Where <c>.eml</c> files are written when the test does not configure an SMTP server.</summary>
    public string MailFolder { get; }

    public TestDatabase Database { get; }

    /// <summary>False for another node on a shared database: the first node migrated and set it up.</summary>
    protected bool OwnsDatabase { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The recipe the shop is set up with before the tests of the class run; null leaves it un-set-up.</summary>
    protected virtual string? Recipe => "default";

    /// <summary>The shop's currency (ISO 4217) set at setup: prices and totals are minor units of it.</summary>
    protected virtual string Currency => "USD";

    /// <summary>Sets a configuration value before the host starts (use in a derived factory's constructor).</summary>
    protected void Setting(string key, string? value) => _settings[key] = value;

    public virtual async Task InitializeAsync()
    {
        // Starting the server runs the migrations; the setup uses the service the setup page uses.
        _ = Services;
        if (!OwnsDatabase)
        {
            return;
        }

        await DatabaseMigrator.MigrateAsync(Services);
        if (Recipe is not null)
        {
            await using var scope = Services.CreateAsyncScope();
            var errors = await scope.ServiceProvider.GetRequiredService<SetupService>()
                .SetupAsync(new SetupRequest("Test shop", AdminEmail, AdminPassword, Recipe, Currency), CancellationToken.None);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("Test setup failed: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}")));
            }
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (OwnsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            ConfigureTestServices(services);
        });
    }

    /// <summary>Replaces services for one test class's shop (a derived factory overrides this).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }
}
