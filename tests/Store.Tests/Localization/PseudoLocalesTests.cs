using Store.Core.Localization;

namespace Store.Tests.Localization;

public sealed class PseudoLocalesTests
{
    [Fact]
    public void A_pseudo_translation_is_accented_about_a_third_longer_and_in_brackets()
    {
        var text = PseudoLocales.Translate("Add to cart");

        Assert.StartsWith("[Åđđ ţö çáŕţ ·", text, StringComparison.Ordinal);
        Assert.EndsWith("]", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, "Add to cart".Length * 1.3, "Add to cart".Length * 1.6 + 2);
    }

    [Theory]
    [InlineData("Hello {0}, you have {1:N0} items", "{0}", "{1:N0}")]
    [InlineData("Read the <a href=\"/pages/terms\">terms</a> &amp; conditions", "<a href=\"/pages/terms\">", "&amp;")]
    public void Placeholders_markup_and_entities_are_kept(string source, string first, string second)
    {
        var text = PseudoLocales.Translate(source);

        Assert.Contains(first, text, StringComparison.Ordinal);
        Assert.Contains(second, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"/products/mug\">", "<a href=\"/fr/products/mug\">")]
    [InlineData("<form method=\"post\" action=\"/cart/add\">", "<form method=\"post\" action=\"/fr/cart/add\">")]
    [InlineData("<a href=\"/\">", "<a href=\"/fr/\">")]
    [InlineData("<a href=\"/fr/products\">", "<a href=\"/fr/products\">")]
    [InlineData("<a href=\"/admin/orders\">", "<a href=\"/admin/orders\">")]
    [InlineData("<link href=\"/assets/site.css?v=1\">", "<link href=\"/assets/site.css?v=1\">")]
    [InlineData("<a href=\"//cdn.example/x\">", "<a href=\"//cdn.example/x\">")]
    [InlineData("<a href=\"https://example.com/products\">", "<a href=\"https://example.com/products\">")]
    [InlineData("<a hreflang=\"en\" href=\"/products\" lang=\"en\">", "<a hreflang=\"en\" href=\"/products\" lang=\"en\">")]
    [InlineData("<a data-href=\"/products\">", "<a data-href=\"/products\">")]
    [InlineData("<a href=\"/france\">", "<a href=\"/fr/france\">")]
    public void Links_of_a_page_go_under_its_language_prefix_except_neutral_and_foreign_ones(string html, string expected) =>
        Assert.Equal(expected, CulturePaths.LocalizeLinks(html, "/fr"));

    [Theory]
    [InlineData("/cart", "/fr/cart")]
    [InlineData("/fr/cart", "/fr/cart")]
    [InlineData("/admin", "/admin")]
    [InlineData("https://checkout.stripe.com/x", "https://checkout.stripe.com/x")]
    public void Redirects_go_under_the_prefix(string location, string expected) =>
        Assert.Equal(expected, CulturePaths.LocalizeLocation(location, "/fr"));
}
