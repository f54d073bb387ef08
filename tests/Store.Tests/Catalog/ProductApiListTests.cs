using System.Net;
using System.Text.Json;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>The product list's filters, search, sorting and paging, through <c>GET /api/v1/products</c>.</summary>
public sealed class ProductApiListTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private async Task<JsonElement> ListAsync(string query)
    {
        var response = await app.Browser().GetAsync("/api/v1/products" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<List<string>> NamesAsync(string query) =>
        (await ListAsync(query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    [Fact]
    public async Task Lists_only_published_products_with_total_and_links()
    {
        var list = await ListAsync("?page_size=4&sort=name");

        Assert.Equal(10, list.GetProperty("total").GetInt32());
        Assert.Equal(3, list.GetProperty("pageCount").GetInt32());
        var links = list.GetProperty("links");
        Assert.Equal("/api/v1/products?sort=name&page=2&page_size=4", links.GetProperty("next").GetString());
        Assert.Equal("/api/v1/products?sort=name&page=3&page_size=4", links.GetProperty("last").GetString());
        Assert.Equal(JsonValueKind.Null, links.GetProperty("previous").ValueKind);
        var all = await NamesAsync("?page_size=100");
        Assert.DoesNotContain("Draft Secret Lamp", all);
    }

    [Theory]
    [InlineData("?q=mug", new[] { "Mug Warmer", "Blue Mug", "O'Brien \"Quoted\" Mug", "Red Mug" })]
    [InlineData("?q=MUG%20warmer", new[] { "Mug Warmer" })]
    [InlineData("?q=creme%20brulee", new[] { "Crème Brûlée Dish" })]
    [InlineData("?q=CRÈME", new[] { "Crème Brûlée Dish" })]
    [InlineData("?q=%25", new[] { "100% Cotton Apron" })]
    [InlineData("?q=_", new[] { "Under_score Tool" })]
    [InlineData("?q=o'brien", new[] { "O'Brien \"Quoted\" Mug" })]
    [InlineData("?q=%22quoted%22", new[] { "O'Brien \"Quoted\" Mug" })]
    [InlineData("?q=чайник", new[] { "Чайник Teapot" })]
    [InlineData("?q=ЧАЙНИК", new[] { "Чайник Teapot" })]
    [InlineData("?q=lamp", new string[0])]
    public async Task Search_is_case_and_accent_insensitive_and_treats_wildcards_as_text(string query, string[] expected)
    {
        Assert.Equal(expected, await NamesAsync(query));
    }

    [Fact]
    public async Task Search_ranks_names_starting_with_the_text_first()
    {
        var names = await NamesAsync("?q=mug");
        Assert.Equal("Mug Warmer", names[0]);
    }

    [Fact]
    public async Task Category_filter_includes_subcategories()
    {
        var kitchen = await NamesAsync("?category=kitchen&sort=name");
        Assert.Equal(["100% Cotton Apron", "Blue Mug", "Crème Brûlée Dish", "Mug Warmer", "O'Brien \"Quoted\" Mug", "Red Mug", "Чайник Teapot"], kitchen);
        Assert.Equal(["Blue Mug", "O'Brien \"Quoted\" Mug", "Red Mug"], await NamesAsync("?category=mugs&sort=name"));
    }

    [Fact]
    public async Task Price_range_is_inclusive_and_in_major_units()
    {
        Assert.Equal(["Red Mug", "O'Brien \"Quoted\" Mug", "Blue Mug"], await NamesAsync("?min_price=10&max_price=15&sort=price_asc"));
        Assert.Equal(["Чайник Teapot"], await NamesAsync("?min_price=35.50"));
        Assert.Equal(["Under_score Tool"], await NamesAsync("?max_price=5"));
    }

    [Fact]
    public async Task In_stock_only_hides_sold_out_products()
    {
        var names = await NamesAsync("?in_stock=true&page_size=100");
        Assert.Equal(9, names.Count);
        Assert.DoesNotContain("Blue Mug", names);
    }

    [Fact]
    public async Task Attribute_filters_match_any_chosen_value_and_count_the_others()
    {
        var list = await ListAsync("?attr.colour=Red&sort=name");
        Assert.Equal(["Crème Brûlée Dish", "Red Mug", "Чайник Teapot"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList());

        var colour = list.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("slug").GetString() == "colour");
        var counts = colour.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        // Counts of the colour filter ignore the colour selection itself: choosing Blue as well would add 3.
        Assert.Equal(new Dictionary<string, int> { ["Red"] = 3, ["Blue"] = 3, ["Green"] = 2 }, counts);

        Assert.Equal(6, (await NamesAsync("?attr.colour=Red&attr.colour=Blue")).Count);
        Assert.Equal(["Garden Hose"], await NamesAsync("?attr.waterproof=Yes"));
        Assert.Equal(["Blue Mug"], await NamesAsync("?attr.capacity=350"));
    }

    [Fact]
    public async Task Filters_combine()
    {
        Assert.Equal(["Red Mug"], await NamesAsync("?q=mug&category=kitchen&attr.colour=Red&in_stock=true&min_price=5&max_price=20"));
        Assert.Empty(await NamesAsync("?q=mug&category=garden"));
    }

    [Theory]
    [InlineData("price_asc", "Under_score Tool", "Чайник Teapot")]
    [InlineData("price_desc", "Чайник Teapot", "Under_score Tool")]
    [InlineData("name", "100% Cotton Apron", "Чайник Teapot")]
    public async Task Sorts_order_the_whole_result(string sort, string first, string last)
    {
        var names = await NamesAsync($"?sort={sort}&page_size=100");
        Assert.Equal(first, names[0]);
        Assert.Equal(last, names[^1]);
    }

    [Fact]
    public async Task Newest_first_breaks_ties_by_id_so_pages_never_overlap()
    {
        // The fixture's products share one creation time: only the id tie-break orders them.
        var all = await NamesAsync("?sort=newest&page_size=100");
        var paged = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            paged.AddRange(await NamesAsync($"?sort=newest&page_size=3&page={page}"));
        }

        Assert.Equal(all, paged);
        Assert.Equal("Scripted Product", all[0]);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_with_a_link_to_the_last_page()
    {
        var list = await ListAsync("?page=99&page_size=5");
        Assert.Empty(list.GetProperty("items").EnumerateArray());
        Assert.Equal(10, list.GetProperty("total").GetInt32());
        Assert.Equal("/api/v1/products?page=2&page_size=5", list.GetProperty("links").GetProperty("last").GetString());
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=abc", "page")]
    [InlineData("?page_size=101", "page_size")]
    [InlineData("?page_size=0", "page_size")]
    [InlineData("?min_price=cheap", "min_price")]
    [InlineData("?min_price=10.555", "min_price")]
    [InlineData("?min_price=20&max_price=10", "max_price")]
    [InlineData("?sort=random", "sort")]
    [InlineData("?in_stock=maybe", "in_stock")]
    [InlineData("?category=nowhere", "category")]
    [InlineData("?attr.flavour=sweet", "attr.flavour")]
    public async Task Bad_values_answer_400_with_the_field_named(string query, string field)
    {
        var response = await app.Browser().GetAsync("/api/v1/products" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Product_by_slug_is_public_only_when_published()
    {
        var client = app.Browser();
        var response = await client.GetAsync("/api/v1/products/red-mug");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var product = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1000, product.GetProperty("price").GetInt64());
        Assert.Equal(1400, product.GetProperty("compareAtPrice").GetInt64());
        Assert.Equal("USD", product.GetProperty("currency").GetString());
        Assert.Equal(2, product.GetProperty("images").GetArrayLength());
        Assert.Equal("Red", product.GetProperty("attributes").GetProperty("colour").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/products/draft-secret-lamp")).StatusCode);
    }

    [Fact]
    public async Task Categories_come_as_a_tree()
    {
        var json = JsonDocument.Parse(await app.Browser().GetStringAsync("/api/v1/categories")).RootElement;
        Assert.Equal(["kitchen", "garden"], json.EnumerateArray().Select(c => c.GetProperty("slug").GetString()).ToList());
        Assert.Equal("mugs", json[0].GetProperty("children")[0].GetProperty("slug").GetString());
    }
}
