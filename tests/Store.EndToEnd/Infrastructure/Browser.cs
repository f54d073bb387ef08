using Microsoft.Playwright;

namespace Store.EndToEnd.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright's own browser download cannot work here).
/// The executable comes from <c>STORE_CHROMIUM</c>, else <c>chromium</c> on the PATH.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = FindChromium(),
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IBrowserContext, object> ScriptsOff = new();

    /// <summary>
    /// A page in a fresh browser context (its own cookies) at the given viewport, optionally with scripts off. Unless <paramref name="cookieChoiceMade"/> is false, the cookie banner has
    /// been answered ("essential only"), so tests of other pages see them as a returning shopper does.
    /// </summary>
    public async Task<IPage> NewPageAsync(string baseUrl, ViewportSize viewport, bool javaScript = true, bool cookieChoiceMade = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = viewport,
            IsMobile = viewport.Width < 500,
            HasTouch = viewport.Width < 500,
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(15_000);
        if (!javaScript)
        {
            ScriptsOff.Add(context, true);
        }

        if (cookieChoiceMade)
        {
            await context.AddCookiesAsync([new Cookie { Name = ".Store.Cookies", Value = "essential.e2e", Url = baseUrl }]);
        }

        return await context.NewPageAsync();
    }

    /// <summary>Whether the context was opened with scripts off (Playwright does not say so itself).</summary>
    public static bool HasScriptsOff(IBrowserContext context) => ScriptsOff.TryGetValue(context, out _);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    private static string FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("STORE_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Chromium not found: install Debian's 'chromium' package or set STORE_CHROMIUM.");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
