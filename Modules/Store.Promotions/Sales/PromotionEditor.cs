using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog;
using Store.Catalog.Search;
using Store.Core.Data;
using Store.Promotions.Coupons;
using Store.Promotions.Pricing;

namespace Store.Promotions.Sales;

/// <summary>Every change to automatic promotions, for the admin, the API and the <c>promotions</c> recipe step.</summary>
public sealed class PromotionEditor(StoreDbContext db, Targets targets, CatalogCache cache, TimeProvider time, IStringLocalizer<PromotionEditor> localizer)
{
    public async Task<EditResult<Promotion>> SaveAsync(int? id, PromotionInput input, CancellationToken cancellationToken)
    {
        var promotion = id is { } existing ? await db.Set<Promotion>().FirstOrDefaultAsync(p => p.Id == existing, cancellationToken) : null;
        if (id is not null && promotion is null)
        {
            return EditResult.Missing<Promotion>();
        }

        var errors = new Dictionary<string, string>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > Promotion.NameMaxLength)
        {
            errors[nameof(input.Name)] = localizer["Enter the name shoppers read, 1 to {0} characters (e.g. \"20 % off lamps this week\").", Promotion.NameMaxLength];
        }

        if (input.Percent is not (> 0 and < 100))
        {
            errors[nameof(input.Percent)] = localizer["Enter a percentage above 0 and below 100."];
        }

        if (input.StartsUtc is null)
        {
            errors[nameof(input.StartsUtc)] = localizer["Enter when the promotion starts."];
        }

        if (input.EndsUtc is null)
        {
            errors[nameof(input.EndsUtc)] = localizer["Enter when the promotion ends."];
        }
        else if (input.StartsUtc is { } starts && input.EndsUtc <= starts)
        {
            errors[nameof(input.EndsUtc)] = localizer["The end must come after the start."];
        }

        var (categories, products) = await targets.ResolveAsync(input.Categories, input.Products, errors, cancellationToken);
        if (categories.Count == 0 && products.Count == 0 && !errors.ContainsKey("Categories") && !errors.ContainsKey("Products"))
        {
            errors["Categories"] = localizer["Name at least one category or product the promotion applies to."];
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid<Promotion>(errors);
        }

        if (promotion is null)
        {
            promotion = new Promotion { Name = name };
            db.Set<Promotion>().Add(promotion);
        }

        promotion.Name = name;
        promotion.Percent = input.Percent!.Value;
        promotion.StartsUtc = CouponEditor.Utc(input.StartsUtc)!.Value;
        promotion.EndsUtc = CouponEditor.Utc(input.EndsUtc)!.Value;
        promotion.Active = input.Active;
        promotion.CategoryIds = categories;
        promotion.ProductIds = products;
        promotion.UpdatedUtc = time.GetUtcNow().UtcDateTime;

        // Lists filter and sort by the price paid now, on every node: the new prices reach every index with the
        // promotion itself (the recipe step runs inside setup's transaction; the admin and API get one here).
        await using (var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null)
        {
            await db.SaveChangesAsync(cancellationToken);
            await CatalogChanges.RecordAsync(db, [CatalogChange.SalePrices], promotion.UpdatedUtc, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        await cache.ChangedAsync(cancellationToken);
        return EditResult.Saved(promotion);
    }
}
