using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Catalog.Variants;

namespace Store.Catalog.PriceLists;

internal sealed class PriceListEntryConfiguration : IEntityTypeConfiguration<PriceListEntry>
{
    public void Configure(EntityTypeBuilder<PriceListEntry> builder)
    {
        builder.ToTable("CatalogPriceLists");
        builder.HasKey(e => new { e.VariantId, e.Currency });
        builder.Property(e => e.Currency).HasMaxLength(3).IsRequired();

        // A deleted variant takes its fixed prices with it, whichever way it is deleted.
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(e => e.VariantId).OnDelete(DeleteBehavior.Cascade);

        // Lists and price filters ask "which variants have a price fixed in EUR".
        builder.HasIndex(e => e.Currency);
    }
}
