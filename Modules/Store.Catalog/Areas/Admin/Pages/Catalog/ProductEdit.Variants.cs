using Store.Catalog.Products;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>The product editor's variant grid: rows made from the options, bulk changes, and removals that wait for a tick.</summary>
public sealed partial class ProductEditModel
{
    /// <summary>
    /// Brings the grid in line with the options and applies a bulk change. False when the form must be shown
    /// again before anything is saved: rows were added or changed in bulk (to be checked), or variants would be
    /// deleted and the removal is not confirmed yet.
    /// </summary>
    private bool ArrangeVariants(string? submit)
    {
        var options = Form.Options.Where(o => !string.IsNullOrWhiteSpace(o.Name)).Select(o => o.ValueList).ToList();
        var imageKeys = Form.Images.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var row in Form.Variants.Where(r => r.ImageKey is not null && !imageKeys.Contains(r.ImageKey)))
        {
            row.ImageKey = null;
        }

        if (options.Count == 0 && Form.Variants.Count == 0 && Form.Removed.Count == 0)
        {
            return true;
        }

        // Leaving the single-variant fields for a grid: that variant becomes the first row (SKU and stock kept),
        // and its SKU is the stem of the new rows' SKUs.
        var stem = (Form.Variants.Count == 0 ? Form.Sku?.Trim() : null) is { Length: > 0 } sku ? sku : Slugs.From(Form.Name ?? string.Empty);
        List<VariantRow> posted = Form.Variants.Count > 0 ? [.. Form.Variants, .. Form.Removed] : [.. Form.Removed, new VariantRow
        {
            Sku = Form.Sku, Price = Form.Price, CompareAtPrice = Form.CompareAtPrice, Stock = Form.Stock, StockShown = Form.StockShown, WeightGrams = Form.WeightGrams,
            Id = Id is null ? null : db.Set<Variants.ProductVariant>().Where(v => v.ProductId == Id).OrderBy(v => v.Position).Select(v => (int?)v.Id).FirstOrDefault(),
        }];
        if (options.Any(o => o.Count == 0))
        {
            Errors[nameof(ProductForm.Options)] = localizer["Give every option at least one value (comma-separated), or clear its name."];
            return false;
        }

        var (rows, removed, added) = VariantGrid.Reconcile(options, posted, stem);
        if (rows.Count > VariantGrid.MaxRows)
        {
            Errors[nameof(ProductForm.Options)] = localizer["These options make more than {0} variants.", VariantGrid.MaxRows];
            return false;
        }

        // Back to no options: the one remaining row shows in the single-variant fields.
        if (options.Count == 0)
        {
            var only = rows[0];
            (Form.Sku, Form.Price, Form.CompareAtPrice, Form.Stock, Form.StockShown, Form.WeightGrams) = (only.Sku, only.Price, only.CompareAtPrice, only.Stock, only.StockShown, only.WeightGrams);
            Form.Variants = [];
            Removed = removed;
            return ConfirmedRemoval(removed);
        }

        Form.Variants = rows;
        Removed = removed;
        if (submit == "bulk")
        {
            var selected = rows.Where(r => r.Selected).ToList();
            foreach (var row in selected)
            {
                row.Price = string.IsNullOrWhiteSpace(Form.BulkPrice) ? row.Price : Form.BulkPrice.Trim();
                row.Stock = string.IsNullOrWhiteSpace(Form.BulkStock) ? row.Stock : Form.BulkStock.Trim();
            }

            Notices.Add(selected.Count == 0 ? localizer["Tick the variants to change first."] : localizer["Changed {0} variants: save to keep the change.", selected.Count]);
            return false;
        }

        if (added > 0)
        {
            Notices.Add(localizer["{0} new variants were added to the grid: check their SKU, price and stock, then save.", added]);
            ConfirmedRemoval(removed);
            return false;
        }

        return ConfirmedRemoval(removed);
    }

    private bool ConfirmedRemoval(List<VariantRow> removed)
    {
        if (removed.Count == 0 || Form.ConfirmRemoval)
        {
            return true;
        }

        Notices.Add(localizer["These variants will be deleted: {0}. Tick \"Delete these variants\" and save again.", string.Join(", ", removed.Select(r => r.LabelIn(localizer)))]);
        return false;
    }
}
