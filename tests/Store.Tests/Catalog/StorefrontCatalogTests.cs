using System.Net;
using System.Text.RegularExpressions;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>What a shopper sees on <c>/products</c>, <c>/categories/{slug}</c> and <c>/products/{slug}</c>.</summary>
public sealed partial class StorefrontCatalogTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    [Fact]
    public async Task Product_list_shows_cards_and_keeps_filters_in_page_links()
    {
        var response = await app.Browser().GetAsync("/products?q=mug&in_stock=true&sort=name&page_size=2");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("3 products", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products/mug-warmer\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products?q=mug&amp;in_stock=true&amp;sort=name&amp;page=2&amp;page_size=2\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"mug\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Blue Mug", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attribute_filters_show_counts_and_the_chosen_value_checked()
    {
        var html = await app.Browser().GetStringAsync("/products?attr.colour=Red");

        Assert.Matches("name=\"attr.colour\" value=\"Red\" checked> <span>Red</span> <span class=\"count\">\\(3\\)</span>", html);
        Assert.Matches("name=\"attr.colour\" value=\"Blue\"> <span>Blue</span> <span class=\"count\">\\(3\\)</span>", html);
    }

    [Fact]
    public async Task Empty_result_says_the_words_caused_it()
    {
        var response = await app.Browser().GetAsync("/products?q=zzzz");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No products found", html, StringComparison.Ordinal);
        Assert.Contains("Nothing matches “zzzz”. Check the spelling or try a shorter word.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Clear all filters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_query_values_answer_400_with_the_page_and_a_message()
    {
        var response = await app.Browser().GetAsync("/products?page=0&min_price=abc");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page must be a whole number from 1.", html, StringComparison.Ordinal);
        Assert.Contains("min_price must be an amount", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_end_links_to_the_last_page()
    {
        var html = await app.Browser().GetStringAsync("/products?page=50");

        Assert.Contains("This page is past the end", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/products\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Category_page_lists_its_products_and_its_subcategories()
    {
        var response = await app.Browser().GetAsync("/categories/kitchen");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Kitchen</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Cook and serve.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/categories/mugs\"", html, StringComparison.Ordinal);
        Assert.Contains("7 products", html, StringComparison.Ordinal);
        Assert.Contains("Red Mug", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Garden Hose", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft Secret Lamp", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/categories/nowhere")).StatusCode);
    }

    [Fact]
    public async Task Product_page_shows_price_stock_gallery_breadcrumbs_and_structured_data()
    {
        var response = await app.Browser().GetAsync("/products/red-mug");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Red Mug</h1>", html, StringComparison.Ordinal);
        Assert.Contains("10.00", html, StringComparison.Ordinal);
        Assert.Contains("<s class=\"was\" data-variant-was><span class=\"sr-only\">Was</span> <span data-variant-compare>$14.00</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-stock=\"low\"><span data-variant-stock data-template=\"Only {0} left\">Only 5 left</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/categories/kitchen\">Kitchen</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/categories/mugs\">Mugs</a>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Colour</dt><dd>Red</dd>", html, StringComparison.Ordinal);
        Assert.Equal(2, GalleryThumb().Count(html));
        Assert.Contains("action=\"/cart/add\"", html, StringComparison.Ordinal);
        var jsonLd = JsonLd().Match(html).Groups[1].Value;
        Assert.Contains("\"@type\":\"Product\"", jsonLd, StringComparison.Ordinal);
        Assert.Contains("\"price\":\"10.00\"", jsonLd, StringComparison.Ordinal);
        Assert.Contains("\"availability\":\"https://schema.org/InStock\"", jsonLd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sold_out_product_cannot_be_added_to_the_cart()
    {
        var html = await app.Browser().GetStringAsync("/products/blue-mug");

        Assert.Contains("data-stock=\"out\">Out of stock", html, StringComparison.Ordinal);
        Assert.Contains("type=\"submit\" data-add-to-cart disabled", html, StringComparison.Ordinal);
        Assert.Contains("https://schema.org/OutOfStock", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_pages_speak_french_and_cache_each_language_apart()
    {
        var english = await app.Browser().GetStringAsync("/products?q=mug");
        var french = await app.Browser().GetStringAsync("/products?q=mug&culture=fr");
        var frenchProduct = await app.Browser().GetStringAsync("/products/red-mug?culture=fr");

        Assert.Contains("4 products", english, StringComparison.Ordinal);
        Assert.Contains("4 produits", french, StringComparison.Ordinal);
        Assert.Contains("En stock uniquement", french, StringComparison.Ordinal);
        Assert.Contains("Plus que 5 en stock", frenchProduct, StringComparison.Ordinal);
        Assert.Contains("4 products", await app.Browser().GetStringAsync("/products?q=mug"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_invisible_to_shoppers()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/products/draft-secret-lamp")).StatusCode);
        var list = await app.Browser().GetStringAsync("/products?q=lamp");
        Assert.Contains("No products found", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_description_loses_scripts_event_handlers_and_javascript_links()
    {
        var html = await app.Browser().GetStringAsync("/products/scripted-product");
        var description = Description().Match(html).Groups[1].Value;

        Assert.Contains("<strong>bold</strong>", description, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com\"", description, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", description, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", description, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", description, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Product_images_are_served_with_a_year_long_lifetime_and_an_etag()
    {
        var client = app.Browser();
        var html = await client.GetStringAsync("/products/red-mug");
        var url = Regex.Match(html, "/media/detail/[0-9a-f]{32}\\.jpg").Value;

        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age=31536000", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/detail/00000000000000000000000000000000.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/huge/" + url.Split('/')[^1])).StatusCode);
    }

    [GeneratedRegex("data-gallery-thumb=")]
    private static partial Regex GalleryThumb();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("<div class=\"description\">(.*?)</div>\\s*</div>\\s*</article>", RegexOptions.Singleline)]
    private static partial Regex Description();
}
