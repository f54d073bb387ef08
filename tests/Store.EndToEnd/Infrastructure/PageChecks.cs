using Microsoft.Playwright;

namespace Store.EndToEnd.Infrastructure;

public static class PageChecks
{
    /// <summary>Nothing on the page is wider than the viewport: a phone user never scrolls sideways.</summary>
    public static async Task AssertNoHorizontalScrollAsync(this IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the {page.ViewportSize?.Width}px viewport.");
    }

    /// <summary>Saves a screenshot under the test results folder, for a person to look at.</summary>
    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png"),
            FullPage = true,
        });
}
