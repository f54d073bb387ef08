using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Addresses;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Cart.Contracts;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Sites;
using Store.Orders.Contracts;
using Store.Orders.Emails;
using Store.Orders.Orders;
using Store.Orders.Reports;
using Store.Promotions.Contracts;

namespace Store.Orders.Checkout;

/// <summary>
/// Turns the shopper's cart into a <c>Pending</c> order in one transaction: stock held for every line (all or
/// nothing, first write of the transaction), the order with its copied lines, its first history row and
/// email, and the emptied cart. One order per idempotency key: a repeat answers the first order, and two at
/// once are settled by the unique index (the loser's transaction, stock hold included, rolls back).
/// </summary>
internal sealed class OrderPlacement(
    StoreDbContext db,
    OrderDrafts drafts,
    ICatalogProducts catalog,
    ICartContents cart,
    ICouponLedger coupons,
    IOrderPayments payments,
    OrderEmails emails,
    AddressBook addresses,
    UserManager<User> users,
    SiteState site,
    OrdersOptions options,
    SalesRollup rollup,
    TimeProvider time)
{
    public const int MaxKeyLength = 100;

    /// <summary>Follows the reason a code no longer applies, whether pricing saw it or the use was refused at the last moment.</summary>
    private const string CodeRefused = " Your cart is kept: remove the code to order without it.";

    /// <param name="userId">The signed-in shopper, or null for a guest (the request's anonymous cart, <paramref name="guestEmail"/>, a new address).</param>
    public async Task<Placement> PlaceAsync(HttpContext http, string? userId, string? guestEmail, string? key, ShippingChoice shipping, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
        {
            return Placement.Refused("IdempotencyKey", $"Send a key of 1 to {MaxKeyLength} characters that names this order attempt.");
        }

        var owner = new OrderOwner(userId, userId is null ? (await cart.GetGuestCartAsync(http, cancellationToken))?.OwnerKey : null);
        if (userId is null && owner.GuestKey is null)
        {
            return Placement.Refused("", "Your cart is empty.");
        }

        if (await NumberForKeyAsync(owner, key, cancellationToken) is { } existing)
        {
            return new Placement(existing, false, new Dictionary<string, string>());
        }

        // The address decides shipping and tax; its errors are told after the cart's (an empty cart says so first).
        var (address, addressErrors) = await AddressOfAsync(userId, shipping, cancellationToken);
        if (userId is null)
        {
            FieldRules.Email(addressErrors, "Email", guestEmail);
        }

        var destination = address is null ? null : new PricingDestination(address.Country, address.Region, address.PostalCode);
        var draft = await drafts.BuildAsync(http, userId, destination, shipping.MethodId, cancellationToken);
        if (draft.Lines.Count == 0 || !draft.CanPlace)
        {
            // The same key may have placed the order (and emptied the cart) since it was looked up above.
            return await NumberForKeyAsync(owner, key, cancellationToken) is { } placed
                ? new Placement(placed, false, new Dictionary<string, string>())
                : Placement.Refused("", draft.Lines.Count == 0 ? "Your cart is empty." : draft.Problems[0]);
        }

        if (address is null || addressErrors.Count > 0)
        {
            return new Placement(null, false, addressErrors);
        }

        if (draft.Priced.CouponRefusal is { } refusal)
        {
            // The cart still carries a code that no longer applies: the shopper decides (remove it, or wait), nothing is placed.
            return Placement.Refused("", refusal + CodeRefused);
        }

        if (!draft.Priced.Ships)
        {
            return Placement.Refused("Address", NotShipped(address.Country));
        }

        if (shipping.MethodId is { } asked && draft.Priced.Method?.MethodId != asked)
        {
            return Placement.Refused("ShippingMethod", "The shipping method you chose is not offered for this address: choose one of those shown.");
        }

        var email = userId is null ? guestEmail!.Trim() : (await users.FindByIdAsync(userId))?.Email ?? "";
        var currency = (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var outcome = await TryPlaceAsync(owner, email, key, draft, address, currency, cancellationToken);
            if (outcome is not null)
            {
                if (outcome.Created && userId is not null && shipping is { NewAddress: { } input, SaveNewAddress: true })
                {
                    // After the order, in a transaction of its own: a full address book does not stop a purchase.
                    await addresses.AddAsync(userId, input, cancellationToken);
                }

                if (outcome.Created && draft.Priced.Total == 0)
                {
                    // Nothing to charge (a 100 % code with free shipping): no provider takes a zero amount (Stripe
                    // refuses it), so the order is paid at once, through the same move to Paid a payment makes.
                    await payments.MarkPaidAsync(outcome.Number!, OrderPayment.OfNothing(outcome.Number!, time.GetUtcNow().UtcDateTime), cancellationToken);
                }

                return outcome;
            }
        }

        return Placement.Refused("", "The order could not be placed; please try again.");
    }

    // Null when the order number was taken by another order (draw again).
    private async Task<Placement?> TryPlaceAsync(OrderOwner owner, string email, string key, OrderDraft draft, OrderAddress address, string currency, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stock = draft.Lines.Select(l => new StockLine(l.VariantId, l.Quantity)).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await catalog.TryReserveAsync(stock, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return await NumberForKeyAsync(owner, key, cancellationToken) is { } placed
                ? new Placement(placed, false, new Dictionary<string, string>())
                : Placement.Refused("", "Some items sold out while you were checking out; your cart shows what is left.");
        }

        var order = new Order
        {
            Number = OrderNumbers.New(),
            UserId = owner.UserId,
            GuestKey = owner.GuestKey,
            Email = email,
            Status = OrderStatus.Pending,
            Currency = currency,
            Subtotal = draft.Priced.Subtotal,
            Shipping = draft.Priced.Shipping,
            DiscountTotal = draft.Priced.DiscountTotal,
            ShippingDiscount = draft.Priced.ShippingDiscount,
            CouponCode = draft.Priced.Coupon?.Code,
            Discounts = draft.Priced.Discounts.Select(d => new OrderDiscount { Kind = d.Kind, Code = d.Code, Description = d.Description, Amount = d.Amount }).ToList(),
            PricesIncludeTax = draft.Priced.PricesIncludeTax,
            ShippingMethod = draft.Priced.Method?.Name,
            ShippingTaxRate = draft.Priced.ShippingTaxRate,
            ShippingTax = draft.Priced.ShippingTax,
            TaxTotal = draft.Priced.TaxTotal,
            Total = draft.Priced.Total,
            ShippingAddress = address,
            IdempotencyKey = key,
            StockHeld = true,
            PlacedUtc = now,
            UpdatedUtc = now,
            HoldExpiresUtc = now + options.HoldDuration,
            Lines = draft.Lines.Zip(draft.Priced.Lines, (l, priced) => new OrderLine
            {
                ProductId = l.Variant!.ProductId,
                VariantId = l.VariantId,
                ProductName = l.Variant.ProductName,
                Options = VariantText.OptionsOf(l.Variant),
                Sku = l.Variant.Sku,
                UnitPrice = l.Variant.Price,
                Quantity = l.Quantity,
                LineTotal = l.LineTotal,
                Discount = priced.Discount,
                TaxRate = priced.TaxRate,
                TaxAmount = priced.TaxAmount,
            }).ToList(),
            History = [new OrderHistoryEntry { To = OrderStatus.Pending, AtUtc = now, By = owner.UserId ?? OrderOwner.GuestActor, Note = "Order placed" }],
        };
        db.Set<Order>().Add(order);
        if (!string.IsNullOrEmpty(email))
        {
            await emails.QueuePlacedAsync(order, cancellationToken);
        }

        if (owner.UserId is { } userId)
        {
            await cart.ClearAsync(userId, cancellationToken);
        }
        else
        {
            await cart.ClearGuestCartAsync(draft.Guest!.CartId, cancellationToken);
        }

        try
        {
            // A pending order is not sold yet, so its lines add nothing to the products' rows.
            await rollup.ChangedAsync(null, new OrderFacts(0, order.PlacedUtc, order.Status, order.Total, 0, false, false), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (draft.Priced.Coupon is { } coupon)
            {
                // After the order row (its id names the use), before commit: a refused use rolls the order and its stock hold back.
                var given = draft.Priced.Discounts.Where(d => d.Kind != DiscountAdjustment.Promotion).Sum(d => d.Amount);
                // A guest's uses count per email address, as a customer's count per account.
                if (await coupons.RedeemAsync(coupon.CouponId, owner.UserId ?? "guest:" + email.ToLowerInvariant(), order.Id, order.Number, given, cancellationToken) is { } refused)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return Placement.Refused("", refused + CodeRefused);
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new Placement(order.Number, true, new Dictionary<string, string>());
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await NumberForKeyAsync(owner, key, cancellationToken) is { } existing ? new Placement(existing, false, new Dictionary<string, string>()) : null;
        }
    }

    /// <summary>What the shopper reads when no shipping zone takes the address's country.</summary>
    public static string NotShipped(string country) =>
        $"We do not ship to {CountryName(country)} ({country}). Choose or enter an address in a country we ship to.";

    private static string CountryName(string code)
    {
        try
        {
            return new System.Globalization.RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    private Task<string?> NumberForKeyAsync(OrderOwner owner, string key, CancellationToken cancellationToken) =>
        (owner.UserId is { } userId
            ? db.Set<Order>().Where(o => o.UserId == userId && o.IdempotencyKey == key)
            : db.Set<Order>().Where(o => o.UserId == null && o.GuestKey == owner.GuestKey && o.IdempotencyKey == key))
        .Select(o => o.Number).FirstOrDefaultAsync(cancellationToken);

    private async Task<(OrderAddress? Address, Dictionary<string, string> Errors)> AddressOfAsync(string? userId, ShippingChoice shipping, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (shipping.NewAddress is { } input)
        {
            foreach (var (field, message) in input.Validate())
            {
                errors[field] = message;
            }

            if (errors.Count > 0)
            {
                return (null, errors);
            }

            var copy = new Address { UserId = userId ?? "", FullName = "", Line1 = "", City = "", PostalCode = "", Country = "" };
            input.CopyTo(copy);
            return (From(copy), errors);
        }

        if (userId is null)
        {
            // A guest has no address book: the address is typed in.
            errors["AddressId"] = "Enter a shipping address.";
            return (null, errors);
        }

        var saved = shipping.AddressId is { } id
            ? await addresses.FindAsync(userId, id, cancellationToken)
            : (await addresses.ListAsync(userId, cancellationToken)).FirstOrDefault(a => a.IsDefault);
        if (saved is null)
        {
            errors["AddressId"] = shipping.AddressId is null ? "Choose or enter a shipping address." : "Choose one of your saved addresses.";
            return (null, errors);
        }

        return (From(saved), errors);
    }

    private static OrderAddress From(Address a) => new()
    {
        FullName = a.FullName,
        Line1 = a.Line1,
        Line2 = a.Line2,
        City = a.City,
        Region = a.Region,
        PostalCode = a.PostalCode,
        Country = a.Country,
        Phone = a.Phone,
    };
}
