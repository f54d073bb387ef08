using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;
using Store.Core.Sites;
using Store.Taxes.Categories;
using Store.Taxes.Rates;
using Store.Taxes.Settings;

namespace Store.Taxes;

/// <summary>
/// Every change to categories, rates and settings, with their rules, for the admin page, the API and the
/// <c>taxes</c> recipe step alike. A refused change writes nothing.
/// </summary>
public sealed partial class TaxEditor(StoreDbContext db, TaxSetupCache setup, IStringLocalizer<TaxEditor> localizer)
{
    public const decimal MaxRate = 100m;

    public async Task<EditResult<TaxCategory>> SaveCategoryAsync(int? id, TaxCategoryInput input, CancellationToken cancellationToken)
    {
        var set = db.Set<TaxCategory>();
        var category = id is { } existingId ? await set.FirstOrDefaultAsync(c => c.Id == existingId, cancellationToken) : null;
        if (id is not null && category is null)
        {
            return EditResult.Missing<TaxCategory>();
        }

        var errors = new Dictionary<string, string>();
        var code = input.Code?.Trim().ToLowerInvariant() ?? "";
        var name = input.Name?.Trim() ?? "";
        if (!CodePattern().IsMatch(code))
        {
            errors[nameof(input.Code)] = localizer["Enter a code of 1 to {0} lower-case letters, digits or dashes, such as reduced.", TaxCategory.CodeMaxLength];
        }
        else if (await set.AnyAsync(c => c.Code == code && c.Id != (id ?? 0), cancellationToken))
        {
            errors[nameof(input.Code)] = localizer["Another category already has the code {0}.", code];
        }

        if (name.Length is 0 or > TaxCategory.NameMaxLength)
        {
            errors[nameof(input.Name)] = localizer["Enter a name of 1 to {0} characters.", TaxCategory.NameMaxLength];
        }

        if (category is { IsDefault: true } && !input.IsDefault)
        {
            errors[nameof(input.IsDefault)] = localizer["One category must be the default: make another one the default instead."];
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid<TaxCategory>(errors);
        }

        // The first category is the default whatever was asked: products that name none need one.
        var makeDefault = input.IsDefault || !await set.AnyAsync(c => c.Id != (id ?? 0), cancellationToken);
        if (category is null)
        {
            category = new TaxCategory { Code = code, Name = name };
            set.Add(category);
        }
        else if (category.Code != code)
        {
            // Products and the shipping setting name the category by code: renaming it would orphan them.
            return EditResult.Invalid<TaxCategory>(nameof(input.Code), "A category's code cannot change once made (products name it); change its name instead.");
        }

        category.Name = name;
        category.IsDefault = makeDefault;
        // One transaction (or the recipe's): the old default loses the flag only if the new one is saved.
        await db.InTransactionAsync(async () =>
        {
            if (makeDefault)
            {
                await set.Where(c => c.IsDefault && c.Code != code).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsDefault, false), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        setup.Forget();
        return EditResult.Saved(category);
    }

    /// <summary>Deletes a category and its rates; the default one is refused while others exist.</summary>
    public async Task<EditResult<TaxCategory>> DeleteCategoryAsync(int id, CancellationToken cancellationToken)
    {
        var category = await db.Set<TaxCategory>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return EditResult.Missing<TaxCategory>();
        }

        if (category.IsDefault && await db.Set<TaxCategory>().AnyAsync(c => c.Id != id, cancellationToken))
        {
            return EditResult.Invalid<TaxCategory>("", $"{category.Name} is the default category: make another one the default first.");
        }

        db.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        setup.Forget();
        return EditResult.Saved(category);
    }

    public async Task<EditResult<TaxRate>> SaveRateAsync(int? id, TaxRateInput input, CancellationToken cancellationToken)
    {
        var rate = id is { } existingId ? await db.Set<TaxRate>().FirstOrDefaultAsync(r => r.Id == existingId, cancellationToken) : null;
        if (id is not null && rate is null)
        {
            return EditResult.Missing<TaxRate>();
        }

        var errors = new Dictionary<string, string>();
        var code = input.Category?.Trim().ToLowerInvariant();
        var category = code is null ? null : await db.Set<TaxCategory>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (category is null)
        {
            errors[nameof(input.Category)] = localizer["Choose one of the shop's tax categories."];
        }

        var country = CountryCodes.Normalize(input.Country);
        if (country is null)
        {
            errors[nameof(input.Country)] = localizer["Enter a two-letter country code, such as FR or US."];
        }

        var region = string.IsNullOrWhiteSpace(input.Region) ? null : input.Region.Trim();
        if (region is { Length: > TaxRate.RegionMaxLength })
        {
            errors[nameof(input.Region)] = localizer["Enter at most {0} characters.", TaxRate.RegionMaxLength];
        }

        var prefix = TaxTable.Normalize(input.PostalPrefix);
        if (prefix is { Length: > TaxRate.PostalPrefixMaxLength })
        {
            errors[nameof(input.PostalPrefix)] = localizer["Enter at most {0} letters or digits.", TaxRate.PostalPrefixMaxLength];
        }

        if (input.Rate is not { } percent || percent < 0 || percent > MaxRate || decimal.Round(percent, 4) != percent)
        {
            errors[nameof(input.Rate)] = localizer["Enter a percentage from 0 to 100, with at most 4 decimals (20 for 20 %)."];
        }

        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > TaxRate.NameMaxLength)
        {
            errors[nameof(input.Name)] = localizer["Enter what the tax is called (VAT, Sales tax), 1 to {0} characters.", TaxRate.NameMaxLength];
        }

        if (errors.Count == 0 && await db.Set<TaxRate>().AnyAsync(
                r => r.Id != (id ?? 0) && r.CategoryId == category!.Id && r.Country == country && r.Region == region && r.PostalPrefix == prefix, cancellationToken))
        {
            errors[""] = localizer["The table already has a rate for this category and place: change that one instead."];
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid<TaxRate>(errors);
        }

        if (rate is null)
        {
            rate = new TaxRate { Country = country!, Name = name };
            db.Add(rate);
        }

        rate.CategoryId = category!.Id;
        rate.Country = country!;
        rate.Region = region;
        rate.PostalPrefix = prefix;
        rate.Rate = input.Rate!.Value;
        rate.Name = name;
        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved(rate);
    }

    public async Task<bool> DeleteRateAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<TaxRate>().Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task<EditResult<TaxSettings>> SaveSettingsAsync(TaxSettingsInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var country = CountryCodes.Normalize(input.ShopCountry);
        if (country is null)
        {
            errors[nameof(input.ShopCountry)] = localizer["Enter the shop's two-letter country code, such as FR or US."];
        }

        var shipping = string.IsNullOrWhiteSpace(input.ShippingCategory) ? null : input.ShippingCategory.Trim().ToLowerInvariant();
        if (shipping is not null && !await db.Set<TaxCategory>().AnyAsync(c => c.Code == shipping, cancellationToken))
        {
            errors[nameof(input.ShippingCategory)] = localizer["Choose one of the shop's tax categories, or none to leave shipping untaxed."];
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid<TaxSettings>(errors);
        }

        var settings = await db.Set<TaxSettings>().FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new TaxSettings();
            db.Add(settings);
        }

        settings.PricesIncludeTax = input.PricesIncludeTax;
        settings.ShopCountry = country!;
        settings.ShippingCategory = shipping;
        await db.SaveChangesAsync(cancellationToken);
        setup.Forget();
        return EditResult.Saved(settings);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex CodePattern();
}
