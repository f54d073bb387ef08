using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Store.EndToEnd.Infrastructure;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Orders;

/// <summary>Paid orders made the quick way, through the API, for browser tests that start where payment ends.</summary>
internal static class PaidOrders
{
    /// <summary>A new customer's order of the given products (slug, quantity) to Lyon, marked paid by the administrator: (the customer's email, the order number).</summary>
    public static async Task<(string Email, string Number)> PlaceAsync(ShopServer shop, string prefix, params (string Slug, int Quantity)[] lines)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail(prefix);
        await shop.CreateCustomerAsync(email);
        using var shopper = await BearerAsync(shop, email, Store.Tests.Accounts.Accounts.Password);
        foreach (var (slug, quantity) in lines)
        {
            var product = JsonDocument.Parse(await shopper.GetStringAsync("/api/v1/products/" + slug)).RootElement;
            var variantId = product.GetProperty("variants")[0].GetProperty("id").GetInt32();
            (await shopper.PostAsJsonAsync("/api/v1/cart/items", new { variantId, quantity })).EnsureSuccessStatusCode();
        }

        var place = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new { address = new { fullName = "Pat Parcel", line1 = "1 Main Street", city = "Lyon", postalCode = "69001", country = "FR" } }),
        };
        place.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        var placed = await shopper.SendAsync(place);
        var number = JsonDocument.Parse(await placed.Content.ReadAsStringAsync()).RootElement.GetProperty("number").GetString()!;
        await MoveAsync(shop, number, "Paid");
        return (email, number);
    }

    /// <summary>Moves an order as the administrator would, through the API.</summary>
    public static async Task MoveAsync(ShopServer shop, string number, string status)
    {
        using var admin = await BearerAsync(shop, StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        (await admin.PostAsJsonAsync($"/api/v1/admin/orders/{number}/status", new { status })).EnsureSuccessStatusCode();
    }

    /// <summary>Ships every line of a paid order in one parcel and marks it delivered, as the administrator would, through the API.</summary>
    public static async Task DeliverAsync(ShopServer shop, string number)
    {
        using var admin = await BearerAsync(shop, StoreAppFactory.AdminEmail, StoreAppFactory.AdminPassword);
        var lines = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/admin/orders/{number}/shipments")).RootElement.GetProperty("lines")
            .EnumerateArray().Select(l => new { lineId = l.GetProperty("lineId").GetInt32(), quantity = l.GetProperty("ordered").GetInt32() }).ToList();
        var ship = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orders/{number}/shipments") { Content = JsonContent.Create(new { lines, carrier = "UPS", trackingNumber = "1Z" + number }) };
        ship.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        (await admin.SendAsync(ship)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/v1/admin/orders/{number}/shipments/1/delivered", null)).EnsureSuccessStatusCode();
    }

    /// <summary>An API client signed in as <paramref name="email"/> with a bearer token.</summary>
    public static async Task<HttpClient> BearerAsync(ShopServer shop, string email, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(shop.BaseUrl) };
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.GetProperty("accessToken").GetString());
        return client;
    }
}
