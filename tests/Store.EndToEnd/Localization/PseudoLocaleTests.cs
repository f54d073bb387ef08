using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Store.Core.Localization;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Localization;

/// <summary>
/// The storefront, account and admin pages walked in the pseudo-locales (Core's PseudoLocales), at desktop and 390 px:
/// visible text without the pseudo-locale's marks was not localized (data aside: <see cref="PageData"/>); text wider
/// than a box that clips it is cut off in longer languages; a page wider than the viewport makes a phone scroll
/// sideways; in qps-plocm the storefront is mirrored (the shop's name on the right). Known findings are listed in
/// <c>PseudoLocaleBaseline.txt</c>: a new one fails, and one fixed must leave the list. The admin is walked by its
/// own test, so its findings are judged apart from the storefront's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PseudoLocaleTests(Browser browser, DemoShopServer shop) : IClassFixture<DemoShopServer>
{
    private const string CustomerName = "Sam Shopper";

    private static readonly Lazy<string> MerchantText = new(() =>
        PageData.MerchantTextOf(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recipes", "demo.json"))).RootElement));

    private static readonly Lazy<HashSet<string>> Baseline = new(() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Localization", "PseudoLocaleBaseline.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))]);

    public static TheoryData<string, string> Walks => new()
    {
        { PseudoLocales.Accented, "desktop" }, { PseudoLocales.Accented, "phone" }, { PseudoLocales.Mirrored, "desktop" }, { PseudoLocales.Mirrored, "phone" },
    };

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Storefront_pages_are_localized_fit_their_boxes_and_mirror(string culture, string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        var findings = new List<string>();

        await page.GotoAsync($"/{culture}/products");
        var product = await page.Locator(".product-card a").First.GetAttributeAsync("href");
        var category = await page.Locator(".shop-menu-list a").First.GetAttributeAsync("href");
        foreach (var path in new[] { "/", "/products", "/products?q=mug", product!, category!, "/cart", "/orders/find", "/privacy/cookies", "/account/login", "/account/register" })
        {
            findings.AddRange(await WalkAsync(page, path.StartsWith($"/{culture}/", StringComparison.Ordinal) ? path : $"/{culture}{path}", culture));
        }

        // The cart with a line shows what an empty one does not: prices, quantities, the discount code form.
        await page.GotoAsync(product!);
        await page.GetByRole(AriaRole.Button, new() { Name = PseudoLocales.Translate("Add to cart") }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/{culture}/cart");
        findings.AddRange(await WalkAsync(page, $"/{culture}/cart", culture));

        AssertOnlyKnown(findings);
    }

    [Theory]
    [MemberData(nameof(Walks))]
    public async Task Account_pages_are_localized_fit_their_boxes_and_mirror(string culture, string viewport)
    {
        var page = await browser.NewPageAsync(shop.BaseUrl, viewport == "phone" ? Browser.Phone : Browser.Desktop);
        var email = $"pseudo-{culture}-{viewport}-{Guid.NewGuid().ToString("n")[..6]}@example.com";
        await shop.CreateCustomerAsync(email, name: CustomerName);

        // Signed in on the pseudo-locale's own page, as its reader would: the form posts and redirects in the prefix.
        await page.GotoAsync($"/{culture}/account/login?returnUrl=%2Faccount");
        await page.GetByLabel(PseudoLocales.Translate("Email")).FillAsync(email);
        await page.GetByLabel(PseudoLocales.Translate("Password")).FillAsync(Store.Tests.Accounts.Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = PseudoLocales.Translate("Sign in") }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/{culture}/account");

        var findings = new List<string>();
        foreach (var path in new[] { "/account", "/account/orders", "/account/addresses", "/account/addresses/new", "/account/profile", "/account/password" })
        {
            findings.AddRange(await WalkAsync(page, $"/{culture}{path}", culture, email, CustomerName));
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
        // The admin shows the shop's name without the storefront's og:site_name: read it there.
        await page.GotoAsync($"/{culture}/");
        var shopName = await ShopNameAsync(page);
        var findings = new List<string>();
        foreach (var path in new[] { "/admin", "/admin/catalog/products", "/admin/orders", "/admin/translations" })
        {
            findings.AddRange(await WalkAsync(page, path, culture, StoreAppFactory.AdminEmail, shopName: shopName, mirrorHeader: false));
        }

        AssertOnlyKnown(findings);
    }

    private async Task<IEnumerable<string>> WalkAsync(IPage page, string path, string culture, string? email = null, string? name = null, string? shopName = null, bool mirrorHeader = true)
    {
        var response = await page.GotoAsync(path);
        var where = path.Replace("/" + culture, "", StringComparison.Ordinal);
        // Pages differ by a product's slug; a finding is about the page kind.
        where = where.StartsWith("/products/", StringComparison.Ordinal) ? "/products/{slug}" : where.StartsWith("/categories/", StringComparison.Ordinal) ? "/categories/{slug}" : where;
        if (response is null || !response.Ok)
        {
            return [$"{where}: answered {response?.Status}"];
        }

        // Language tags are case-insensitive; ICU spells the pseudo-locales qps-Ploc and qps-PLOCM.
        Assert.Equal(culture, await page.EvaluateAsync<string>("() => document.documentElement.lang"), ignoreCase: true);
        shopName ??= await ShopNameAsync(page);
        var data = new PageData(CultureInfo.GetCultureInfo(culture), MerchantText.Value, [shopName, email, name]);
        var findings = new List<string>();
        foreach (var found in await page.EvaluateAsync<string[][]>(Script, culture == PseudoLocales.Mirrored && mirrorHeader))
        {
            var (kind, what, text) = (found[0], found[1], found[2]);
            // Data of any length (a product's name, an email) may be cut with an ellipsis by design; the shop's own words must fit.
            if (kind is "text" or "cut off" && data.IsData(text))
            {
                continue;
            }

            findings.Add($"{where} {kind}: {what}");
        }

        return findings;
    }

    private static Task<string?> ShopNameAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => document.querySelector('meta[property=\"og:site_name\"]')?.content ?? null");

    private static void AssertOnlyKnown(List<string> findings)
    {
        var unknown = findings.Distinct().Where(f => !Baseline.Value.Contains(f)).ToList();
        Assert.True(unknown.Count == 0, "Not localized, cut off, too wide or not mirrored (add to PseudoLocaleBaseline.txt only what cannot be fixed now):\n" + string.Join('\n', unknown));
    }

    // Returns [kind, what, text]: "text" for visible words without the pseudo-locale's marks (outside an element in
    // another language, or one marked translate="no": an identifier such as a module's name), "cut off" for text wider
    // than a box that clips it, "page" for a page wider than the viewport (naming the outermost boxes that stick out,
    // outside any scrolling box), "mirror" for an unmirrored header.
    private const string Script = """
        (mirror) => {
          const out = [];
          const marks = /[\[\]·áƀçđéƒĝĥíĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ]/;
          const lang = document.documentElement.lang;
          const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
          const hidden = el => { for (let e = el; e; e = e.parentElement) { const s = getComputedStyle(e); if (s.display === 'none' || s.visibility === 'hidden' || e.hidden) return true; } return false; };
          const name = el => '<' + el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/)[0] : '') + '>';
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const text = walker.currentNode.textContent.replace(/\s+/g, ' ').trim();
            const el = walker.currentNode.parentElement;
            if (!/[A-Za-z]{2}/.test(text) || marks.test(text) || el.closest('script,style,noscript,template,svg,[translate="no"]')) continue;
            const other = el.closest('[lang]');
            if (other && other !== document.documentElement && other.lang !== lang) continue;
            if (hidden(el)) continue;
            out.push(['text', text, text]);
          }
          for (const el of document.body.querySelectorAll('*')) {
            if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) || el.closest('.sr-only') || hidden(el)) continue;
            const s = getComputedStyle(el);
            if (el.scrollWidth > el.clientWidth + 1 && (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis'))
              out.push(['cut off', name(el), el.textContent.replace(/\s+/g, ' ').trim()]);
          }
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > width + 1) {
            const sticksOut = el => { const r = el.getBoundingClientRect(); return r.width > 0 && (rtl ? r.left < -1 : r.right > width + 1); };
            const scrolled = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true; return false; };
            const culprits = [...document.body.querySelectorAll('*')].filter(el => sticksOut(el) && !(el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)) && !scrolled(el) && !hidden(el));
            out.push(['page', 'wider than the viewport' + (culprits.length ? ' (' + culprits.slice(0, 3).map(el => name(el) + ' in ' + name(el.parentElement)).join(', ') + ')' : ''), '']);
          }
          if (mirror) {
            const brand = document.querySelector('.brand');
            if (document.documentElement.dir !== 'rtl') out.push(['mirror', 'no dir="rtl"', '']);
            else if (brand && brand.getBoundingClientRect().right < window.innerWidth / 2) out.push(['mirror', 'the shop name is on the left', '']);
          }
          return out;
        }
        """;
}
