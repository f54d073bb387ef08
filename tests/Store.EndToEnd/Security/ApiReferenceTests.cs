using Microsoft.Playwright;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;

namespace Store.EndToEnd.Security;

/// <summary>
/// The interactive API reference at <c>/api/docs</c> renders the shop's OpenAPI document in a real browser with
/// no Content-Security-Policy violation and no request to any other origin (no CDN, fonts or telemetry).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    public static TheoryData<string> Viewports => new() { "desktop", "phone" };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task The_reference_renders_from_the_shop_alone(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        var origin = new Uri(shop.BaseUrl).GetLeftPart(UriPartial.Authority);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith("http", StringComparison.Ordinal) && !request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                problems.Add("request to another origin: " + request.Url);
            }
        };

        var response = await page.GotoAsync("/api/docs");
        Assert.Equal(200, response!.Status);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Scalar rendered the document: its title, the bearer scheme and the catalog's operations show.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Store API", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("A user's access token or an API client's token.").First).ToBeAttachedAsync();
        // Sections are the modules (the operations' tags), not the classes that map them.
        await Assertions.Expect(page.GetByText("Catalog", new() { Exact = true }).First).ToBeAttachedAsync();
        Assert.Empty(problems);
    }
}
