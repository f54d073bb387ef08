using System.Text.Json;
using Microsoft.Playwright;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Localization;

/// <summary>
/// The storefront, account and admin pages walked in the pseudo-locales (Core's PseudoLocales), at desktop and 390 px:
/// visible text without the pseudo-locale's marks was not localized (catalog data from the demo recipe, the shop's
/// name and the visitor's own data aside); text wider than its box is cut off in longer languages; in qps-plocm the
/// layout is mirrored (the shop's name on the right). Known unlocalized strings are listed in
/// <c>PseudoLocaleBaseline.txt</c>: a new one fails, and one fixed must leave the list.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PseudoLocaleTests(Browser browser, DemoShopServer shop) : IClassFixture<DemoShopServer>
{
    private static readonly Lazy<string> RecipeText = new(ReadRecipeText);
    private static readonly Lazy<HashSet<string>> Baseline = new(() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Localization", "PseudoLocaleBaseline.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))]);

    public static TheoryData<string, string> Walks => new()
    {
        { "qps-ploc", "desktop" }, { "qps-ploc", "phone" }, { "qps-plocm", "desktop" }, { "qps-plocm", "phone" },
    };

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Storefront_and_account_pages_are_localized_fit_their_boxes_and_mirror(string culture, string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        var findings = new List<string>();

        await page.GotoAsync($"/{culture}/products");
        var product = await page.Locator(".product-card a").First.GetAttributeAsync("href");
        var category = await page.Locator(".shop-menu-list a").First.GetAttributeAsync("href");
        var paths = new List<string> { "/", "/products", "/products?q=mug", product!, category!, "/cart", "/orders/find", "/privacy/cookies", "/account/login", "/account/register" };
        foreach (var path in paths)
        {
            findings.AddRange(await WalkAsync(page, path.StartsWith($"/{culture}/", StringComparison.Ordinal) ? path : $"/{culture}{path}", culture));
        }

        var email = $"pseudo-{culture}-{viewport}-{Guid.NewGuid().ToString("n")[..6]}@example.com";
        await shop.CreateCustomerAsync(email);
        await page.SignInAsync("/account/login", email, Store.Tests.Accounts.Accounts.Password);
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        foreach (var path in new[] { "/account", "/account/orders", "/account/addresses", "/account/profile", "/account/password" })
        {
            findings.AddRange(await WalkAsync(page, $"/{culture}{path}", culture, email));
        }

        AssertOnlyKnown(findings);
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Admin_pages_are_localized_and_fit_their_boxes(string culture, string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        await page.SignInAsync("/admin/login", StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        // The admin has one address in every language: its culture is the cookie's.
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={culture}|uic={culture}", Url = shop.BaseUrl }]);
        var findings = new List<string>();
        foreach (var path in new[] { "/admin", "/admin/catalog/products", "/admin/orders", "/admin/translations" })
        {
            findings.AddRange(await WalkAsync(page, path, culture, StoreAppFactory.AdminEmail, mirrorHeader: false));
        }

        AssertOnlyKnown(findings);
    }

    private async Task<IEnumerable<string>> WalkAsync(IPage page, string path, string culture, string? email = null, bool mirrorHeader = true)
    {
        var response = await page.GotoAsync(path);
        var findings = new List<string>();
        var where = path.Replace("/" + culture, "", StringComparison.Ordinal);
        if (response is null || !response.Ok)
        {
            return [$"{where}: answered {response?.Status}"];
        }

        Assert.Equal(culture, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        var found = await page.EvaluateAsync<string[]>(Script, culture == "qps-plocm" && mirrorHeader);
        foreach (var finding in found)
        {
            var text = finding[(finding.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            var isData = finding.StartsWith("text: ", StringComparison.Ordinal) &&
                (RecipeText.Value.Contains(text, StringComparison.Ordinal) || text == "Test shop" || (email is not null && text.Contains(email, StringComparison.OrdinalIgnoreCase)) || text == "Sam Shopper");
            if (!isData)
            {
                // Pages differ by a product's slug; the finding is about the page kind.
                findings.Add($"{(where.StartsWith("/products/", StringComparison.Ordinal) ? "/products/{slug}" : where.StartsWith("/categories/", StringComparison.Ordinal) ? "/categories/{slug}" : where)} {finding}");
            }
        }

        return findings;
    }

    private static void AssertOnlyKnown(List<string> findings)
    {
        var unknown = findings.Distinct().Where(f => !Baseline.Value.Contains(f)).ToList();
        Assert.True(unknown.Count == 0, "Not localized, cut off or not mirrored (add to PseudoLocaleBaseline.txt only what cannot be fixed now):\n" + string.Join('\n', unknown));
    }

    private static string ReadRecipeText()
    {
        var texts = new List<string>();
        Collect(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recipes", "demo.json"))).RootElement, texts);
        return string.Join('\n', texts);

        static void Collect(JsonElement element, List<string> texts)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    texts.Add(element.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, texts);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Collect(property.Value, texts);
                    }

                    break;
            }
        }
    }

    // Returns "text: …" for visible words without the pseudo-locale's marks, "cut off: …" for text wider than a box
    // that clips it, "page: …" for a page wider than the viewport and "mirror: …" for an unmirrored header.
    private const string Script = """
        (mirror) => {
          const out = [];
          const marks = /[\[\]·áƀçđéƒĝĥíĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ]/;
          const lang = document.documentElement.lang;
          const hidden = el => { for (let e = el; e; e = e.parentElement) { const s = getComputedStyle(e); if (s.display === 'none' || s.visibility === 'hidden' || e.hidden) return true; } return false; };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode.textContent.replace(/\s+/g, ' ').trim();
            const el = walker.currentNode.parentElement;
            if (!/[A-Za-z]{2}/.test(text) || marks.test(text) || el.closest('script,style,noscript,template,svg')) continue;
            const other = el.closest('[lang]');
            if (other && other !== document.documentElement && other.lang !== lang) continue;
            if (hidden(el)) continue;
            out.push('text: ' + text);
          }
          for (const el of document.body.querySelectorAll('*')) {
            if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) || el.closest('.sr-only') || hidden(el)) continue;
            const s = getComputedStyle(el);
            if (el.scrollWidth > el.clientWidth + 1 && (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis'))
              out.push('cut off: <' + el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + '>');
          }
          if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push('page: wider than the viewport');
          if (mirror) {
            const brand = document.querySelector('.brand');
            if (document.documentElement.dir !== 'rtl') out.push('mirror: no dir="rtl"');
            else if (brand && brand.getBoundingClientRect().right < window.innerWidth / 2) out.push('mirror: the shop name is on the left');
          }
          return out;
        }
        """;
}
