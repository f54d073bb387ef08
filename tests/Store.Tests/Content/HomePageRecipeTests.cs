using Store.Tests.Infrastructure;

namespace Store.Tests.Content;

/// <summary>The home page as the content fixture's <c>home</c> step arranged it (no test here changes it).</summary>
public sealed class HomePageRecipeTests(ContentAppFactory app) : IClassFixture<ContentAppFactory>
{
    [Fact]
    public async Task The_recipe_home_page_shows_its_visible_sections_in_order()
    {
        var html = await app.Browser().GetStringAsync("/");

        // Hero, featured (hand-picked order, the draft left out), category tiles, on sale; the hidden section is not shown.
        Assert.True(Html.At(html, "Mugs for every morning") < Html.At(html, "Picked for you"));
        Assert.True(Html.At(html, "Picked for you") < Html.At(html, "Browse the shop"));
        Assert.True(Html.At(html, "Browse the shop") < Html.At(html, "Bargains"));
        Assert.DoesNotContain("Hidden arrivals", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/categories/mugs\">Shop mugs</a>", html, StringComparison.Ordinal);
        Assert.Matches("<img class=\"home-hero-image\" src=\"/media/detail/[0-9a-f]{32}\\.[a-z]+\" alt=\"A red mug\"", html);

        var featured = html[Html.At(html, "Picked for you")..Html.At(html, "Browse the shop")];
        Assert.True(Html.At(featured, "/products/blue-mug") < Html.At(featured, "/products/red-mug"));
        Assert.DoesNotContain("draft-secret-lamp", featured, StringComparison.Ordinal);

        var tiles = html[Html.At(html, "Browse the shop")..Html.At(html, "Bargains")];
        Assert.Contains("href=\"/categories/kitchen\"", tiles, StringComparison.Ordinal);
        Assert.Contains("href=\"/categories/garden\"", tiles, StringComparison.Ordinal);
        Assert.Matches("href=\"/categories/kitchen\"><img src=\"/media/card/", tiles);

        var bargains = html[Html.At(html, "Bargains")..];
        Assert.Contains("/products/red-mug", bargains, StringComparison.Ordinal);
        Assert.DoesNotContain("/products/blue-mug", bargains, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recipe_shipping_text_shows_on_product_pages()
    {
        var product = await app.Browser().GetStringAsync("/products/red-mug");
        Assert.Contains("<h2 id=\"shipping-note-title\">Shipping and returns</h2><p>Free returns within <strong>30 days</strong>.</p>", product, StringComparison.Ordinal);
    }
}
