using System.Net;
using System.Text.Json;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Reviews;

/// <summary>Ratings reach the product index: lists sort by rating and filter "4 stars and up", and follow approvals and deletions.</summary>
public sealed class ReviewRatingIndexTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task Lists_sort_and_filter_by_the_approved_average_and_follow_approvals_and_deletions()
    {
        var products = await app.ProductsAsync("Zorbix Kettle", "Zorbix Toaster", "Zorbix Grill");
        var (kettle, toaster, grill) = (products[0], products[1], products[2]);
        var ids = products.Select(p => p.Id).ToList();
        var (ann, bob) = (await app.BuyerAsync(ids), await app.BuyerAsync(ids));
        var (staff, _) = await app.StaffAsync();
        var annKettle = await ann.Api.WrittenAsync(kettle.Slug, 5);
        var bobKettle = await bob.Api.WrittenAsync(kettle.Slug, 4);
        var annToaster = await ann.Api.WrittenAsync(toaster.Slug, 3);
        var shopper = app.CreateClient();

        // Pending reviews count for nothing.
        Assert.Empty(await NamesAsync(shopper, "&rating=4"));
        await staff.ApproveAsync(annKettle, bobKettle, annToaster);

        Assert.Equal(["Zorbix Kettle", "Zorbix Toaster", "Zorbix Grill"], await NamesAsync(shopper, "&sort=rating"));
        Assert.Equal(["Zorbix Kettle"], await NamesAsync(shopper, "&rating=4"));
        Assert.Equal(["Zorbix Kettle", "Zorbix Toaster"], await NamesAsync(shopper, "&rating=3&sort=name"));
        var cards = await (await shopper.GetAsync("/api/v1/products?q=zorbix&sort=rating")).OkJsonAsync();
        var first = cards.GetProperty("items")[0];
        Assert.Equal((4.5m, 2), (first.GetProperty("rating").GetDecimal(), first.GetProperty("ratingCount").GetInt32()));
        Assert.Equal(JsonValueKind.Null, cards.GetProperty("items")[2].GetProperty("rating").ValueKind);
        var list = await shopper.GetStringAsync("/products?q=zorbix&sort=rating");
        Assert.Contains("★★★★★", list, StringComparison.Ordinal);
        Assert.Contains("(2)", list, StringComparison.Ordinal);

        // The 5-star review goes: the kettle drops to 4.0, still "4 and up"; then the 4 goes too, and it is unrated.
        Assert.Equal(HttpStatusCode.NoContent, (await ann.Api.DeleteAsync($"/api/v1/reviews/{annKettle}")).StatusCode);
        Assert.Equal(["Zorbix Kettle"], await NamesAsync(shopper, "&rating=4"));
        Assert.Equal(HttpStatusCode.NoContent, (await bob.Api.DeleteAsync($"/api/v1/reviews/{bobKettle}")).StatusCode);
        Assert.Empty(await NamesAsync(shopper, "&rating=4"));
        Assert.Equal("Zorbix Toaster", (await NamesAsync(shopper, "&sort=rating"))[0]);

        // A 5-star review approved later puts the grill first.
        var bobGrill = await bob.Api.WrittenAsync(grill.Slug, 5);
        Assert.Equal("Zorbix Toaster", (await NamesAsync(shopper, "&sort=rating"))[0]);
        await staff.ApproveAsync(bobGrill);
        Assert.Equal(["Zorbix Grill", "Zorbix Toaster", "Zorbix Kettle"], await NamesAsync(shopper, "&sort=rating"));

        var bad = await shopper.GetAsync("/api/v1/products?rating=6");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("rating must be a whole number of stars from 1 to 5.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string query) =>
        (await (await client.GetAsync("/api/v1/products?q=zorbix" + query)).OkJsonAsync()).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("name").GetString()!).ToList();
}
