using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Catalog.Products;
using Store.Core.Security;
using Store.Orders.Orders;
using Store.Tests.Catalog;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;
using Store.Tests.Orders.Fulfilment;

namespace Store.Tests.Reviews;

/// <summary>A buyer of products, with their API client: what the review tests start from.</summary>
internal sealed record Buyer(string Email, HttpClient Api, string OrderNumber, IReadOnlyList<int> ProductIds);

/// <summary>Shared steps of the review tests: products, buyers whose orders were delivered (or not), staff clients.</summary>
internal static class ReviewShop
{
    public const string StaffPassword = "Staff-pass-123";

    /// <summary>Published products named <paramref name="names"/>; their ids and slugs.</summary>
    public static async Task<IReadOnlyList<(int Id, string Slug)>> ProductsAsync(this CatalogAppFactory app, params string[] names)
    {
        var ids = new List<int>();
        foreach (var name in names)
        {
            ids.Add((await app.ProductAsync(name, 1500, 1000)).ProductId);
        }

        var slugs = await app.WithDbAsync(db => db.Set<Product>().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Slug));
        return ids.Select(id => (id, slugs[id])).ToList();
    }

    /// <summary>A new customer who ordered one of each product and paid; delivered when <paramref name="deliver"/>.</summary>
    public static async Task<Buyer> BuyerAsync(this CatalogAppFactory app, IReadOnlyList<int> productIds, bool deliver = true)
    {
        var (email, api) = await app.ApiShopperAsync();
        var variants = await app.WithDbAsync(db => db.Set<Store.Catalog.Variants.ProductVariant>().Where(v => productIds.Contains(v.ProductId)).Select(v => new { v.ProductId, v.Id }).ToListAsync());
        foreach (var variant in variants)
        {
            await (await api.AddAsync(new Item(variant.ProductId, variant.Id), 1)).OkJsonAsync();
        }

        var number = (await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;
        await app.PayAsync(number);
        if (deliver)
        {
            var staff = await app.ApiAdminAsync();
            var lines = await app.WithOrdersAsync(q => q.Where(o => o.Number == number).SelectMany(o => o.Lines).OrderBy(l => l.Id).Select(l => new { l.Id, l.Quantity }).ToListAsync());
            await (await staff.ShipAsync(number, new { lines = lines.Select(l => new { lineId = l.Id, quantity = l.Quantity }), carrier = "UPS", trackingNumber = "1Z" + number })).OkJsonAsync(HttpStatusCode.Created);
            await (await staff.PostAsync($"/api/v1/admin/orders/{number}/shipments/1/delivered", null)).OkJsonAsync();
        }

        return new Buyer(email, api, number, productIds);
    }

    /// <summary>A staff member with <paramref name="role"/>: a bearer client for the API and a signed-in browser for the admin.</summary>
    public static async Task<(HttpClient Api, HttpClient Browser)> StaffAsync(this CatalogAppFactory app, string role = StoreRoles.Merchandiser)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():n}@test.local";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, StaffPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return (await app.ApiAdminAsync(email, StaffPassword), await app.SignedInAdminAsync(email, StaffPassword));
    }

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient api, string slug, int? rating = 5, string? title = "Lovely", string? body = "Does what it says.") =>
        api.PostAsJsonAsync($"/api/v1/products/{slug}/reviews", new { rating, title, body });

    public static async Task<int> WrittenAsync(this HttpClient api, string slug, int rating, string title = "Lovely")
    {
        var review = await (await api.ReviewAsync(slug, rating, title)).OkJsonAsync(HttpStatusCode.Created);
        return review.GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> ApproveAsync(this HttpClient staff, params int[] ids) =>
        await (await staff.PostAsJsonAsync("/api/v1/admin/reviews/approve", new { ids })).OkJsonAsync();

    /// <summary>The public reviews of a product: (count, average, titles in order).</summary>
    public static async Task<(int Count, decimal Average, List<string> Titles)> ShownAsync(this HttpClient client, string slug, string sort = "newest")
    {
        var json = await (await client.GetAsync($"/api/v1/products/{slug}/reviews?sort={sort}")).OkJsonAsync();
        var rating = json.GetProperty("rating");
        return (rating.GetProperty("count").GetInt32(), rating.GetProperty("average").GetDecimal(),
            json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList());
    }
}
