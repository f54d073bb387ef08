using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Store.EndToEnd.Catalog;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Accessibility;

/// <summary>
/// axe-core on every page a shopper, a customer and the administrator can reach by following links (from the
/// home page, the account and the admin), so pages added later are checked without listing them here; and
/// again on the forms that take input, after an empty submit shows their validation messages. Any serious or
/// critical violation fails, listed page by page. Each crawl runs at desktop and at phone width, where the
/// header, menus and tables take another shape.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccessibilityCrawlTests(Browser browser, CatalogShopServer shop) : IClassFixture<CatalogShopServer>
{
    // Enough to reach every kind of page; pages of one kind (two products, two orders) are not all visited.
    private const int MaxPages = 45;
    private const int PerKind = 2;

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Storefront_pages_have_no_serious_violations(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Viewport(viewport));
        var problems = await CrawlAsync(page, ["/", "/products", "/products?q=zzzz", "/products?min_price=abc", "/no-such-page", "/account/login", "/account/register", "/cart"], $"shopper ({viewport})");

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Account_pages_have_no_serious_violations(string viewport)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("axe");
        await shop.CreateCustomerAsync(email);
        var page = await browser.NewPageAsync(shop.BaseUrl, Viewport(viewport));
        await page.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));

        var problems = await CrawlAsync(page, ["/account", "/account/profile", "/cart"], $"customer ({viewport})", only: path => path.StartsWith("/account", StringComparison.Ordinal) || path.StartsWith("/orders", StringComparison.Ordinal));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Admin_pages_have_no_serious_violations(string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, Viewport(viewport));
        await page.GotoAsync("/admin/login");
        var login = await page.SeriousViolationsAsync($"/admin/login ({viewport})");
        await page.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/admin/login"));

        var problems = login.Concat(await CrawlAsync(page, ["/admin"], $"admin ({viewport})", only: path => path.StartsWith("/admin", StringComparison.Ordinal))).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static ViewportSize Viewport(string name) => name == "phone" ? Browser.Phone : Browser.Desktop;

    private static async Task<List<string>> CrawlAsync(IPage page, string[] starts, string who, Func<string, bool>? only = null)
    {
        var queue = new Queue<string>(starts);
        var seen = new HashSet<string>(starts, StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPages)
        {
            var path = queue.Dequeue();
            var response = await page.GotoAsync(path, new() { Timeout = 60_000 });
            if (response is null || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
            {
                continue;
            }

            visited++;
            problems.AddRange(await page.SeriousViolationsAsync($"{who} {path}"));
            if (TakesInput(path) && await ShowValidationErrorsAsync(page))
            {
                problems.AddRange(await page.SeriousViolationsAsync($"{who} {path} (validation errors shown)"));
            }

            var hrefs = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
            foreach (var href in hrefs)
            {
                if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || !href.StartsWith(new Uri(page.Url).GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
                {
                    continue;
                }

                var next = uri.PathAndQuery;
                if (Skipped().IsMatch(next) || (only is not null && !only(uri.AbsolutePath)) || !seen.Add(next))
                {
                    continue;
                }

                var kind = KindOf(uri);
                if (kinds.GetValueOrDefault(kind) < PerKind)
                {
                    kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                    queue.Enqueue(next);
                }
            }
        }

        Assert.True(visited >= starts.Length / 2, $"The {who} crawl reached only {visited} pages.");
        return problems;
    }

    // Pages whose forms take what a person types: submitted empty, with the browser's own checks off, they
    // come back with the server's messages beside the fields.
    private static bool TakesInput(string path) => InputPage().IsMatch(path);

    private static async Task<bool> ShowValidationErrorsAsync(IPage page)
    {
        var form = page.Locator("main form[method=post]:has(input[type=text], input[type=email], input[type=password], input:not([type]), textarea)").First;
        if (await form.CountAsync() == 0)
        {
            return false;
        }

        await form.EvaluateAsync(@"f => {
            f.noValidate = true;
            f.querySelectorAll('input[type=text], input[type=email], input[type=password], input:not([type]), textarea').forEach(i => { if (!i.readOnly) i.value = ''; });
        }");
        var submit = form.Locator("button[type=submit], button:not([type]), input[type=submit]").First;
        if (await submit.CountAsync() == 0)
        {
            return false;
        }

        await submit.ClickAsync();
        // As long as a page's own load may take (GotoAsync above): the post renders the page again with its errors.
        await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 60_000 });
        return true;
    }

    // Same kind of page: numbers made general (/admin/orders/{n}), and the slug of a storefront product or category page.
    private static string KindOf(Uri uri)
    {
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        var storefront = segments[0] is "products" or "categories";
        var general = segments.Select((s, i) => s.Length > 0 && s.All(char.IsDigit) ? "{n}" : storefront && i == 1 ? "{slug}" : s);
        return string.Join('/', general) + (uri.Query.Length > 0 ? "?" : string.Empty);
    }

    [GeneratedRegex(@"(log-?out|sign-?out|/media/|/api/|export|invoice|\.(csv|xlsx|pdf|json|xml|txt)(\?|$)|/session|/health)", RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();

    [GeneratedRegex(@"(/new|/create|login|register|/profile|/password|/addresses/|/edit|/setup)", RegexOptions.IgnoreCase)]
    private static partial Regex InputPage();
}
