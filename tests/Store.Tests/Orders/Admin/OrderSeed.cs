using System.Net;
using Store.Core.Security;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Orders.Reports;
using Store.Tests.Accounts;
using Store.Tests.Catalog;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders.Admin;

/// <summary>An order written straight to the database, as a test of the order admin needs it.</summary>
internal sealed record SeedOrder(string Number, string Email, string Name, OrderStatus Status, long Total, DateTime PlacedUtc)
{
    public long Refunded { get; init; }

    public DateTime? PaidUtc { get; init; }

    /// <summary>A history row to Paid (staff marked it paid) even though the status moved on.</summary>
    public bool PaidInHistory { get; init; }

    public int Quantity { get; init; } = 1;

    public int ProductId { get; init; } = 1;

    public int VariantId { get; init; } = 1;

    public string ProductName { get; init; } = "Seed item";
}

internal static class OrderSeed
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>A fresh order number with the given four-character prefix.</summary>
    public static string Number(string prefix) =>
        prefix + "-" + new string(Enumerable.Range(0, 4).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]).ToArray());

    public static string Prefix() => new(Enumerable.Range(0, 4).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]).ToArray());

    public static Task SeedAsync(this CatalogAppFactory app, params SeedOrder[] orders) =>
        app.WithDbAsync(async db =>
        {
            foreach (var s in orders)
            {
                var shipping = Math.Min(500, s.Total);
                var order = new Order
                {
                    Number = s.Number,
                    UserId = "seed-user",
                    Email = s.Email,
                    Status = s.Status,
                    Currency = "USD",
                    Subtotal = s.Total - shipping,
                    Shipping = shipping,
                    Total = s.Total,
                    ShippingAddress = new OrderAddress { FullName = s.Name, Line1 = "1 Seed Street", City = "Lyon", PostalCode = "69001", Country = "FR" },
                    IdempotencyKey = Guid.NewGuid().ToString("n"),
                    PlacedUtc = s.PlacedUtc,
                    UpdatedUtc = s.PlacedUtc,
                    PaidUtc = s.PaidUtc,
                    RefundedAmount = s.Refunded,
                    StockHeld = false,
                };
                order.Lines.Add(new OrderLine { ProductId = s.ProductId, VariantId = s.VariantId, ProductName = s.ProductName, Options = string.Empty, Sku = "SEED-" + s.VariantId, UnitPrice = (s.Total - shipping) / s.Quantity, Quantity = s.Quantity, LineTotal = s.Total - shipping });
                order.History.Add(new OrderHistoryEntry { From = null, To = OrderStatus.Pending, AtUtc = s.PlacedUtc, By = "seed-user" });
                if (s.PaidInHistory)
                {
                    order.History.Add(new OrderHistoryEntry { From = OrderStatus.Pending, To = OrderStatus.Paid, AtUtc = s.PlacedUtc.AddMinutes(5), By = "staff" });
                }

                if (s.Status != OrderStatus.Pending && !(s.PaidInHistory && s.Status == OrderStatus.Paid))
                {
                    order.History.Add(new OrderHistoryEntry { From = s.PaidInHistory ? OrderStatus.Paid : OrderStatus.Pending, To = s.Status, AtUtc = s.PlacedUtc.AddMinutes(10), By = "staff" });
                }

                db.Add(order);
            }

            var saved = await db.SaveChangesAsync();
            // Written around the transitions, which keep the dashboard's tables: sum them again as the migration's back-fill does.
            await new SalesRollup(db).RebuildAsync(CancellationToken.None);
            return saved;
        });

    /// <summary>A confirmed user in <paramref name="role"/>, signed in to the admin (cookie) and holding an API token.</summary>
    public static async Task<(HttpClient Browser, HttpClient Api)> StaffAsync(this CatalogAppFactory app, string role = StoreRoles.OrderManager)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("staff");
        await app.CreateCustomerAsync(email);
        if (role != StoreRoles.Customer)
        {
            Assert.True(await app.WithUsersAsync(async users => (await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, role)).Succeeded));
        }

        HttpClient browser;
        if (role == StoreRoles.Customer)
        {
            browser = await app.SignedInCustomerAsync(email);
        }
        else
        {
            browser = app.Browser();
            var signIn = await browser.SubmitAsync("/admin/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Store.Tests.Accounts.Accounts.Password });
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var (access, _) = await app.CreateClient().TokensAsync(email);
        return (browser, app.Bearer(access));
    }
}
