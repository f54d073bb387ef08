using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog.Search;

/// <summary><c>GET /api/v1/search/suggestions</c>: what the header's search box offers as the shopper types.</summary>
public sealed class SuggestionApiTests(ForgivingSearchFactory app) : IClassFixture<ForgivingSearchFactory>
{
    [Fact]
    public async Task Typed_letters_suggest_product_and_category_names_with_their_links()
    {
        var answer = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/search/suggestions?q=mug");

        var products = answer.GetProperty("products").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("url").GetString())).ToList();
        var categories = answer.GetProperty("categories").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("url").GetString())).ToList();
        Assert.Contains(("Ceramic Mug", "/products/ceramic-mug"), products);
        Assert.Contains(("Travel Mug", "/products/travel-mug"), products);
        Assert.Equal([("Mugs", "/categories/mugs")], categories);
    }

    [Theory]
    [InlineData("lamps", "Desk Lamp")]
    [InlineData("lum", null)]
    [InlineData("Tass", "Tasse en céramique")]
    public async Task Suggestions_match_plurals_and_the_start_of_words(string typed, string? product)
    {
        var answer = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/search/suggestions?q=" + typed);

        var names = answer.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        if (product is null)
        {
            Assert.Empty(names);
            Assert.Equal("Luminaires", answer.GetProperty("categories")[0].GetProperty("name").GetString());
        }
        else
        {
            Assert.Contains(product, names);
        }
    }

    [Fact]
    public async Task Nothing_matching_gives_empty_lists()
    {
        var answer = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/search/suggestions?q=zzzz");

        Assert.Empty(answer.GetProperty("products").EnumerateArray());
        Assert.Empty(answer.GetProperty("categories").EnumerateArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%20%20")]
    public async Task A_missing_word_answers_400_naming_q(string query)
    {
        var response = await app.Browser().GetAsync("/api/v1/search/suggestions" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"q\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_long_a_text_answers_400()
    {
        var response = await app.Browser().GetAsync("/api/v1/search/suggestions?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Drafts_are_never_suggested()
    {
        var answer = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/search/suggestions?q=secret");

        Assert.Empty(answer.GetProperty("products").EnumerateArray());
    }

    [Fact]
    public async Task A_short_text_kept_from_an_earlier_request_still_shows_a_product_published_since()
    {
        var before = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/search/suggestions?q=qx");
        Assert.Empty(before.GetProperty("products").EnumerateArray());

        await VariantProducts.TeeAsync(app.Services, "Qx", stock: 1);

        var after = await app.Browser().GetFromJsonAsync<JsonElement>("/api/v1/search/suggestions?q=qx");
        Assert.Equal(["Qx tee"], after.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }
}
