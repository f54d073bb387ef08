using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Store.EndToEnd.Infrastructure;

/// <summary>axe-core on the page as it stands: the serious and critical violations, one line each, for a person to act on.</summary>
public static class AxeChecks
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // axe.run waits on timers, which never fire in a context with scripts off: a run there hangs for ever.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page, string label)
    {
        var result = Browser.HasScriptsOff(page.Context)
            ? await RunInScriptedTwinAsync(page)
            : await page.RunAxe().WaitAsync(Patience);
        return result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{label}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString() ?? n.Html))}")
            .ToList();
    }

    /// <summary>
    /// A page without scripts is checked by loading the same address, with the same cookies and viewport, in a
    /// scripted context: the server sends the same markup, which is what axe reads.
    /// </summary>
    private static async Task<AxeResult> RunInScriptedTwinAsync(IPage page)
    {
        var width = page.ViewportSize?.Width ?? Browser.Desktop.Width;
        var twin = await page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = page.ViewportSize?.Height ?? Browser.Desktop.Height },
            IsMobile = width < 500,
            HasTouch = width < 500,
        });
        try
        {
            await twin.AddCookiesAsync((await page.Context.CookiesAsync()).Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path,
                Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
            }));
            var twinPage = await twin.NewPageAsync();
            await twinPage.GotoAsync(page.Url);
            return await twinPage.RunAxe().WaitAsync(Patience);
        }
        finally
        {
            await twin.CloseAsync();
        }
    }
}
