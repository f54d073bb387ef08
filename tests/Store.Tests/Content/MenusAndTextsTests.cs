using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Core.Security;
using Store.Tests.Infrastructure;

namespace Store.Tests.Content;

/// <summary>Header and footer menus, the product page's shipping text, the category menu, and who may edit them.</summary>
public sealed class MenusAndTextsTests(ContentAppFactory app) : IClassFixture<ContentAppFactory>
{
    [Fact]
    public async Task Every_page_shows_the_category_menu_and_the_recipe_menus_and_a_product_page_the_shipping_text()
    {
        var product = await app.Browser().GetStringAsync("/products/red-mug");
        Assert.Contains("<a href=\"/categories/kitchen\">Kitchen</a>", product, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/categories/mugs\">Mugs</a></li>", product, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/pages/about\">About</a>", product, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:hello@store.example\">Write to us</a>", product, StringComparison.Ordinal);
        Assert.Contains("<section class=\"shipping-note\"", product, StringComparison.Ordinal);
        Assert.Matches("<ol><li><a href=\"/\">Home</a></li><li><a href=\"/products\">Shop</a></li><li><a href=\"/categories/kitchen\">Kitchen</a></li><li><a href=\"/categories/mugs\">Mugs</a></li><li aria-current=\"page\">Red Mug</li></ol>", product);
        Assert.Contains("aria-label=\"Shop by category\"", product, StringComparison.Ordinal);

        var cart = await app.Browser().GetStringAsync("/cart");
        Assert.Contains("<li><a href=\"/\">Home</a></li>", cart, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"Breadcrumb\"", await app.Browser().GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merchandiser_changes_the_header_menu_and_cached_catalog_pages_show_it_at_once()
    {
        var shopper = app.Browser();
        Assert.DoesNotContain("Gift cards", await shopper.GetStringAsync("/products"), StringComparison.Ordinal);
        Assert.Contains("Age", (await shopper.GetAsync("/products")).Headers.Select(h => h.Key));

        var merchandiser = await SignedInAsync("menus@test.local", StoreRoles.Merchandiser);
        var saved = await merchandiser.SubmitAsync("/admin/content/menus", new Dictionary<string, string>
        {
            ["menu"] = "header",
            ["links[0].Label"] = "Gift cards",
            ["links[0].Url"] = "/pages/gift-cards",
            ["links[1].Label"] = "About",
            ["links[1].Url"] = "/pages/about",
            ["links[2].Label"] = "",
            ["links[2].Url"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var list = await shopper.GetStringAsync("/products");
        Assert.True(Html.At(list, ">Gift cards</a>") < Html.At(list, ">About</a>"));
        Assert.Contains("The header menu is saved.", await merchandiser.GetStringAsync("/admin/content/menus"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_menu_link_that_could_run_script_or_leave_for_another_site_unasked_is_refused()
    {
        var admin = await app.SignedInAdminAsync();
        foreach (var url in new[] { "javascript:alert(1)", "//evil.example/", "http://plain.example/" })
        {
            var refused = await admin.SubmitAsync("/admin/content/menus", new Dictionary<string, string>
            {
                ["menu"] = "footer",
                ["links[0].Label"] = "Bad",
                ["links[0].Url"] = url,
            });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Enter an address of this shop starting with /", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains(">Write to us</a>", await app.Browser().GetStringAsync("/pages/about"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync("/admin/content/menus", new Dictionary<string, string> { ["menu"] = "sidebar" })).StatusCode);
    }

    [Fact]
    public async Task The_shipping_text_is_edited_in_the_admin_and_shows_on_product_pages()
    {
        var admin = await app.SignedInAdminAsync();
        var saved = await admin.SubmitAsync("/admin/content/texts", new Dictionary<string, string> { ["key"] = "product-shipping", ["markdown"] = "Ships in **48 hours**. <script>x()</script>" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var product = await app.Browser().GetStringAsync("/products/blue-mug");
        Assert.Contains("Ships in <strong>48 hours</strong>.", product, StringComparison.Ordinal);
        Assert.DoesNotContain("x()", product, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync("/admin/content/texts", new Dictionary<string, string> { ["key"] = "nope", ["markdown"] = "x" })).StatusCode);
    }

    [Fact]
    public async Task Content_is_the_merchandisers_and_a_translator_may_not_touch_it()
    {
        var merchandiser = await SignedInAsync("merch-content@test.local", StoreRoles.Merchandiser);
        foreach (var path in new[] { "/admin/content/home", "/admin/content/pages", "/admin/content/pages/new", "/admin/content/menus", "/admin/content/texts" })
        {
            Assert.Equal(HttpStatusCode.OK, (await merchandiser.GetAsync(path)).StatusCode);
        }

        Assert.Contains("href=\"/admin/content/home\"", await merchandiser.GetStringAsync("/admin"), StringComparison.Ordinal);
        var translator = await SignedInAsync("translator-content@test.local", StoreRoles.Translator);
        Assert.Equal(HttpStatusCode.Forbidden, (await translator.GetAsync("/admin/content/pages")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await translator.GetAsync("/admin/content/home")).StatusCode);
        Assert.DoesNotContain("/admin/content/", await translator.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shop_has_a_favicon_and_a_web_app_manifest()
    {
        var shopper = app.Browser();
        var icon = await shopper.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType!.MediaType);
        var bytes = await icon.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // an ICO header

        var manifest = JsonDocument.Parse(await shopper.GetStringAsync("/manifest.webmanifest")).RootElement;
        Assert.Equal("/", manifest.GetProperty("start_url").GetString());
        var icons = manifest.GetProperty("icons").EnumerateArray().ToList();
        Assert.Equal(["192x192", "512x512"], icons.Select(i => i.GetProperty("sizes").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await shopper.GetAsync(icons[0].GetProperty("src").GetString())).StatusCode);
        Assert.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">", await shopper.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string email, string role)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Role-pass-123")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return await app.SignedInAdminAsync(email, "Role-pass-123");
    }
}
