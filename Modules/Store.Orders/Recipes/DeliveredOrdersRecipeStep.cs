using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Catalog.Contracts;
using Store.Core.Recipes;
using Store.Core.Security;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Orders.Shipments;

namespace Store.Orders.Recipes;

/// <summary>
/// <c>{ "name": "deliveredOrders", "orders": [{ "email": "ada@demo.store", "name": "Ada Lovelace", "products": ["red-mug"], "daysAgo": 20 }] }</c>:
/// demo customers (made when missing, with a random password: nobody signs in as them) and their delivered orders, one
/// unit of each product's first variant at its price, so a demo shop has purchases to review. No stock moves: the
/// orders are history.
/// </summary>
internal sealed class DeliveredOrdersRecipeStep(TimeProvider time) : IRecipeStep
{
    public string Name => "deliveredOrders";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var users = context.Services.GetRequiredService<UserManager<User>>();
        var catalog = context.Services.GetRequiredService<ICatalogProducts>();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (item, path) in context.Items("orders").ToList())
        {
            var email = context.RequiredString(item, "email", path, 200);
            var name = context.RequiredString(item, "name", path, 100);
            var daysAgo = (int)(context.OptionalInteger(item, "daysAgo", path, 1, 365) ?? 14);
            var slugs = context.Items(item, "products", path + ".products").Select(p => p.Item.GetString() ?? "").ToList();
            var products = await catalog.GetPublishedAsync(slugs, [], cancellationToken);
            if (slugs.FirstOrDefault(s => products.All(p => p.Slug != s)) is { } unknown)
            {
                throw context.Error(path + ".products", $"there is no published product '{unknown}'");
            }

            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new User { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, CreatedUtc = now };
                if (!(await users.CreateAsync(user, "Demo-" + Guid.NewGuid().ToString("n"))).Succeeded || !(await users.AddToRoleAsync(user, StoreRoles.Customer)).Succeeded)
                {
                    throw context.Error(path + ".email", "is not a valid customer");
                }
            }

            var variants = new List<CatalogVariantSnapshot>();
            foreach (var product in products)
            {
                variants.Add((await catalog.GetPublishedProductVariantsAsync(product.Id, cancellationToken))[0]);
            }

            var placed = now.AddDays(-daysAgo - 4);
            var delivered = now.AddDays(-daysAgo);
            var subtotal = variants.Sum(v => v.Price);
            var order = new Order
            {
                Number = OrderNumbers.New(),
                UserId = user.Id,
                Email = email,
                Status = OrderStatus.Delivered,
                Currency = context.Currency,
                Subtotal = subtotal,
                Total = subtotal,
                ShippingAddress = new OrderAddress { FullName = name, Line1 = "1 Demo Street", City = "Lyon", PostalCode = "69001", Country = "FR" },
                IdempotencyKey = "demo-" + Guid.NewGuid().ToString("n"),
                PlacedUtc = placed,
                UpdatedUtc = delivered,
                PaidUtc = placed,
                PaymentProvider = "offline",
                Lines = variants.Select(v => new OrderLine
                {
                    ProductId = v.ProductId,
                    VariantId = v.VariantId,
                    ProductName = v.ProductName,
                    Options = string.Join(" / ", v.Options.Select(o => o.Value)),
                    Sku = v.Sku,
                    UnitPrice = v.Price,
                    Quantity = 1,
                    LineTotal = v.Price,
                }).ToList(),
            };
            context.Db.Add(order);
            await context.Db.SaveChangesAsync(cancellationToken);
            context.Db.Add(new OrderHistoryEntry { OrderId = order.Id, To = OrderStatus.Delivered, AtUtc = delivered, By = "system", Note = "Demo order" });
            context.Db.Add(new Shipment
            {
                OrderId = order.Id,
                Sequence = 1,
                Carrier = "Demo Post",
                TrackingNumber = order.Number,
                IdempotencyKey = order.IdempotencyKey,
                By = "system",
                ShippedUtc = placed.AddDays(1),
                DeliveredUtc = delivered,
                Lines = order.Lines.Select(l => new ShipmentLine { OrderLineId = l.Id, Quantity = 1 }).ToList(),
            });
            await context.Db.SaveChangesAsync(cancellationToken);
            context.Db.ChangeTracker.Clear();
        }
    }
}
