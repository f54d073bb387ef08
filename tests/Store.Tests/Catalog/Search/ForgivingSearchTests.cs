using System.Net;
using System.Text.RegularExpressions;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog.Search;

/// <summary>What a shopper finds with plurals, typos, description and category words, in English and French, and what an empty list says.</summary>
public sealed partial class ForgivingSearchTests(ForgivingSearchFactory app) : IClassFixture<ForgivingSearchFactory>
{
    [Theory]
    [InlineData("mugs", "Ceramic Mug,Travel Mug")]
    [InlineData("lamps", "Desk Lamp,Floor Lamp,Lampe de chevet,Reading Light")]
    [InlineData("Mug", "Ceramic Mug,Travel Mug")]
    [InlineData("travel mugs", "Travel Mug")]
    public async Task English_plurals_find_the_singular(string words, string expected)
    {
        var names = await app.Browser().NamesAsync("?q=" + Uri.EscapeDataString(words) + "&sort=name");

        Assert.Equal(expected.Split(','), names);
    }

    [Theory]
    [InlineData("chevaux", "Cheval à bascule")]
    [InlineData("bateaux", "Bateau en bois")]
    [InlineData("tasses", "Tasse en céramique")]
    [InlineData("lampes", "Desk Lamp,Floor Lamp,Lampe de chevet,Reading Light")]
    public async Task French_plurals_find_the_singular_for_a_French_shopper(string words, string expected)
    {
        var names = await app.Browser().NamesAsync("?culture=fr&sort=name&q=" + Uri.EscapeDataString(words));

        Assert.Equal(expected.Split(','), names);
    }

    [Fact]
    public async Task The_stemmer_follows_the_shoppers_language()
    {
        // "chevaux" is French: an English shopper's search does not take it apart, and finds nothing.
        Assert.Empty(await app.Browser().NamesAsync("?q=chevaux"));
        Assert.Equal(["Cheval à bascule"], await app.Browser().NamesAsync("?q=chevaux&culture=fr"));
    }

    [Fact]
    public async Task Name_matches_rank_above_description_matches()
    {
        // "Reading Light" says "lamp" only in its description.
        var names = await app.Browser().NamesAsync("?q=lamp");

        Assert.Equal("Reading Light", names[^1]);
        Assert.Contains("Desk Lamp", names);
    }

    [Fact]
    public async Task Description_and_category_words_find_products()
    {
        Assert.Equal(["Linen Apron"], await app.Browser().NamesAsync("?q=cook"));
        Assert.Equal(["Desk Lamp", "Floor Lamp", "Reading Light"], await app.Browser().NamesAsync("?q=lighting&sort=name"));

        // A parent category lends its name to products of its subcategories.
        Assert.Contains("Tasse en céramique", await app.Browser().NamesAsync("?q=kitchen&page_size=100"));
    }

    [Theory]
    [InlineData("lmap", "lamp", "Desk Lamp")]
    [InlineData("ceramc", "ceramic", "Ceramic Mug")]
    [InlineData("ceramc mug", "ceramic mug", "Ceramic Mug")]
    [InlineData("deks lamp", "desk lamp", "Desk Lamp")]
    public async Task One_typo_per_word_is_forgiven_with_a_did_you_mean_link(string typed, string meant, string found)
    {
        var html = await app.Browser().GetStringAsync("/products?q=" + Uri.EscapeDataString(typed));

        Assert.Contains($"Nothing matches “{typed}”.", html, StringComparison.Ordinal);
        Assert.Contains($"Did you mean <a href=\"/products?q={Uri.EscapeDataString(meant)}\">{meant}</a>?", html, StringComparison.Ordinal);
        Assert.Contains(found, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_French_typo_is_forgiven_for_a_French_shopper()
    {
        var html = await app.Browser().GetStringAsync("/products?culture=fr&q=bascle");

        Assert.Contains("Cheval à bascule", html, StringComparison.Ordinal);
        Assert.Contains(">bascule</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lamb")]      // four letters: only two swapped letters are forgiven, not a changed one
    [InlineData("mgu")]       // three letters: nothing forgiven
    [InlineData("xxxxxxx")]
    [InlineData("cerrmmc")]   // two typos
    public async Task More_than_one_typo_or_a_short_word_is_not_forgiven(string typed)
    {
        var html = await app.Browser().GetStringAsync("/products?q=" + typed);

        Assert.Contains("data-miss=\"words\"", html, StringComparison.Ordinal);
        Assert.Contains($"Nothing matches “{typed}”. Check the spelling or try a shorter word.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_filters_cause_the_empty_list_the_message_says_so_and_links_to_the_words_alone()
    {
        var html = await app.Browser().GetStringAsync("/products?q=mug&attr.colour=Blue&min_price=5");

        Assert.Contains("data-miss=\"filters\"", html, StringComparison.Ordinal);
        Assert.Contains("“mug” finds 2 products, but none with the filters you chose.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/products?q=mug\">Show all 2 for “mug” without the filters</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Check the spelling", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_category_page_the_link_without_filters_searches_the_whole_shop()
    {
        var html = await app.Browser().GetStringAsync("/categories/toys?q=mug");

        Assert.Contains("“mug” finds 2 products, but none with the filters you chose.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products?q=mug\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_alone_that_match_nothing_say_so()
    {
        var html = await app.Browser().GetStringAsync("/products?min_price=500");

        Assert.Contains("data-miss=\"filters\"", html, StringComparison.Ordinal);
        Assert.Contains("No products match the filters you chose.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Check the spelling", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Active_filters_show_as_chips_that_each_link_to_the_list_without_them()
    {
        var html = await app.Browser().GetStringAsync("/products?q=mug&attr.colour=Red&attr.colour=Green&in_stock=true");

        Assert.Contains("href=\"/products?q=mug&amp;in_stock=true&amp;attr.colour=Green\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products?q=mug&amp;in_stock=true&amp;attr.colour=Red\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products?q=mug&amp;attr.colour=Green&amp;attr.colour=Red\"", html, StringComparison.Ordinal);
        Assert.Matches(ChipText(), html);
    }

    [Theory]
    [InlineData("/products?q=mug&category=&min_price=&max_price=&sort=", "/products?q=mug")]
    [InlineData("/products?q=&category=mugs&min_price=+", "/products?category=mugs")]
    [InlineData("/categories/mugs?q=&attr.colour=Red&attr.colour=", "/categories/mugs?attr.colour=Red")]
    public async Task Empty_parameters_are_dropped_from_the_address(string asked, string kept)
    {
        var response = await app.Browser().GetAsync(asked);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(kept, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_form_posts_no_sort_when_the_default_order_is_chosen()
    {
        var html = await app.Browser().GetStringAsync("/products");

        Assert.Contains("<option value=\"\" selected>Newest</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"price_asc\">", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip skip-results\" href=\"#results\">Skip to results</a>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("Colour: Red <span aria-hidden=\"true\">×</span>")]
    private static partial Regex ChipText();
}
