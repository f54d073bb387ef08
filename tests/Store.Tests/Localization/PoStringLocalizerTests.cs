using Store.Core.Localization;
using Xunit;

namespace Store.Tests.Localization;

/// <summary>Runs the localizer over the PO files embedded in this test assembly (fr, fr-CA, Extra/fr, ru).</summary>
public sealed class PoStringLocalizerTests
{
    private readonly PoStringLocalizer _localizer =
        (PoStringLocalizer)new PoStringLocalizerFactory([typeof(PoStringLocalizerTests).Assembly]).Create(typeof(PoStringLocalizerTests));

    [Fact]
    public void Translates_for_the_current_ui_culture()
    {
        using var _ = new CultureScope("fr");

        var result = _localizer["Add to cart"];

        Assert.Equal("Ajouter au panier", result.Value);
        Assert.Equal("Add to cart", result.Name);
        Assert.False(result.ResourceNotFound);
    }

    [Fact]
    public void Falls_back_from_regional_to_neutral_culture_to_msgid()
    {
        using var _ = new CultureScope("fr-CA");

        Assert.Equal("Chariot", _localizer["Cart"].Value);
        Assert.Equal("Ajouter au panier", _localizer["Add to cart"].Value);
        var missing = _localizer["Not translated anywhere"];
        Assert.Equal("Not translated anywhere", missing.Value);
        Assert.True(missing.ResourceNotFound);
    }

    [Fact]
    public void Culture_without_any_catalog_returns_msgid()
    {
        using var _ = new CultureScope("de-DE");

        Assert.Equal("Cart", _localizer["Cart"].Value);
        Assert.True(_localizer["Cart"].ResourceNotFound);
    }

    [Fact]
    public void Fuzzy_and_untranslated_entries_fall_back_to_msgid()
    {
        using var _ = new CultureScope("fr");

        Assert.True(_localizer["Checkout"].ResourceNotFound);
        Assert.Equal("Untranslated", _localizer["Untranslated"].Value);
    }

    [Fact]
    public void Merges_every_po_file_of_a_culture()
    {
        using var _ = new CultureScope("fr");

        Assert.Equal("Liste de souhaits", _localizer["Wishlist"].Value);
    }

    [Fact]
    public void Formats_arguments_with_the_current_culture()
    {
        using var _ = new CultureScope("fr");

        Assert.Equal("Bonjour Ana", _localizer["Hello {0}", "Ana"].Value);
        Assert.Equal("Bonjour 1,5", _localizer["Hello {0}", 1.5m].Value);
        Assert.Equal("Missing 1,5", _localizer["Missing {0}", 1.5m].Value);
    }

    [Fact]
    public void Bad_format_strings_return_the_unformatted_text()
    {
        using var _ = new CultureScope("fr");

        Assert.Equal("Cassé {0", _localizer["Broken {0", "x"].Value);
        Assert.Equal("Not {1} found", _localizer["Not {1} found", "x"].Value);
    }

    [Fact]
    public void Text_without_arguments_is_not_formatted()
    {
        using var _ = new CultureScope("fr");

        Assert.Equal("100% {sure}", _localizer["100% {sure}"].Value);
    }

    [Fact]
    public void Context_selects_a_separate_entry()
    {
        using var _ = new CultureScope("fr");

        Assert.Equal("Commande", _localizer.Get(null, "Order").Value);
        Assert.Equal("Commander", _localizer.Get("verb", "Order").Value);
        Assert.Equal("Commande", _localizer.Get("", "Order").Value);
        Assert.True(_localizer.Get("noun", "Order").ResourceNotFound);
    }

    [Theory]
    [InlineData("fr", 0, "0 article")]
    [InlineData("fr", 1, "1 article")]
    [InlineData("fr", 2, "2 articles")]
    [InlineData("fr-CA", 5, "5 articles")]
    [InlineData("ru", 1, "1 товар")]
    [InlineData("ru", 3, "3 товара")]
    [InlineData("ru", 5, "5 товаров")]
    [InlineData("ru", 21, "21 товар")]
    [InlineData("en", 1, "1 item")]
    [InlineData("en", 0, "0 items")]
    [InlineData("de", 2, "2 items")]
    public void Plural_uses_the_catalog_rule_or_english_fallback(string culture, long count, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal(expected, _localizer.Plural("{0} item", "{0} items", count).Value);
    }

    [Fact]
    public void Plural_passes_extra_arguments_after_the_count()
    {
        using var _ = new CultureScope("en");

        Assert.Equal("3 items in Cart", _localizer.Plural("{0} item in {1}", "{0} items in {1}", 3, "Cart").Value);
    }

    [Fact]
    public void Get_all_strings_lists_culture_then_parent_entries()
    {
        using var _ = new CultureScope("fr-CA");

        var own = _localizer.GetAllStrings(false).ToList();
        var all = _localizer.GetAllStrings(true).ToList();

        Assert.Equal("Chariot", Assert.Single(own).Value);
        Assert.Equal("Chariot", Assert.Single(all, s => s.Name == "Cart").Value);
        Assert.Contains(all, s => s is { Name: "Add to cart", Value: "Ajouter au panier" });
        Assert.Contains(all, s => s.Name == "Wishlist");
        Assert.DoesNotContain(all, s => s.Name == "Checkout");
    }
}
