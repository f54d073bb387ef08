using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.PriceHistory;

internal sealed class VariantPriceRecordConfiguration : IEntityTypeConfiguration<VariantPriceRecord>
{
    public void Configure(EntityTypeBuilder<VariantPriceRecord> builder)
    {
        builder.ToTable("CatalogVariantPrices");
        builder.HasKey(r => r.Id);
        // A list page asks for the open rows of its products; the recorder for a variant's recent rows.
        builder.HasIndex(r => new { r.ProductId, r.ToUtc });
        builder.HasIndex(r => new { r.VariantId, r.ToUtc });
    }
}
