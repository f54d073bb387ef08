using System.Net;
using System.Text.Json;
using Store.Orders.Contracts;
using Store.Tests.Catalog;

namespace Store.Tests.Orders.Admin;

/// <summary>
/// Nine orders of one customer tag, one per payment state and status, placed on successive days of March 2026
/// (Paris is UTC+1 then); Ivy's is placed at 23:30 UTC on the 12th, which is already the 13th in Paris.
/// </summary>
internal sealed record OrderSet(string Tag, string Prefix, IReadOnlyDictionary<string, SeedOrder> ByName)
{
    public static readonly DateTime Day = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    public IEnumerable<SeedOrder> All => ByName.Values;

    public string this[string name] => ByName[name].Number;

    public static async Task<OrderSet> SeedAsync(CatalogAppFactory app)
    {
        var tag = "tag" + Guid.NewGuid().ToString("n")[..10];
        var prefix = OrderSeed.Prefix();
        SeedOrder O(string name, OrderStatus status, long total, DateTime placed) =>
            new(OrderSeed.Number(prefix), $"{name.ToLowerInvariant()}.{tag}@example.com", $"{name} {tag}", status, total, placed);
        var orders = new[]
        {
            O("Alice", OrderStatus.Pending, 1000, Day),
            O("Bob", OrderStatus.Paid, 2500, Day.AddDays(1)) with { PaidUtc = Day.AddDays(1).AddMinutes(3), PaidInHistory = true },
            O("Carol", OrderStatus.Shipped, 4000, Day.AddDays(2)) with { PaidInHistory = true, Refunded = 1000 },
            O("Dave", OrderStatus.Cancelled, 3000, Day.AddDays(3)) with { PaidInHistory = true },
            O("Erin", OrderStatus.Cancelled, 1500, Day.AddDays(4)),
            O("Frank", OrderStatus.Refunded, 5000, Day.AddDays(5)) with { PaidInHistory = true, Refunded = 5000 },
            O("Gina", OrderStatus.Expired, 700, Day.AddDays(6)),
            O("Hank", OrderStatus.Delivered, 9900, Day.AddDays(7)) with { PaidInHistory = true },
            O("Ivy", OrderStatus.Pending, 100, Day.Date.AddDays(2).AddHours(23).AddMinutes(30)),
        };
        await app.SeedAsync(orders);
        return new OrderSet(tag, prefix, orders.ToDictionary(o => o.Name.Split(' ')[0]));
    }

    /// <summary>The orders' first names, in the API list's order, for the query (the tag is added).</summary>
    public async Task<List<string>> NamesAsync(HttpClient api, string query = "")
    {
        var all = new List<string>();
        for (var page = 1; ; page++)
        {
            var json = await (await api.GetAsync($"/api/v1/admin/orders?customer={Tag}&page={page}{(query.Length > 0 ? "&" + query : "")}")).OkJsonAsync();
            all.AddRange(json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerName").GetString()!.Split(' ')[0]));
            if (page >= json.GetProperty("pages").GetInt32())
            {
                return all;
            }
        }
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
