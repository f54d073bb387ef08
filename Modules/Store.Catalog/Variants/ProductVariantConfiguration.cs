using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.Variants;

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.ToTable("CatalogProductVariants");
        builder.Property(v => v.Sku).HasMaxLength(ProductVariant.SkuMaxLength).IsRequired();
        builder.Property(v => v.Option1).HasMaxLength(ProductOption.ValueMaxLength);
        builder.Property(v => v.Option2).HasMaxLength(ProductOption.ValueMaxLength);
        builder.Property(v => v.Option3).HasMaxLength(ProductOption.ValueMaxLength);
        builder.Property(v => v.Barcode).HasMaxLength(ProductVariant.BarcodeMaxLength);
        builder.Property(v => v.ImageKey).HasMaxLength(80);
        builder.Property(v => v.TaxCategory).HasMaxLength(40);

        // A SKU names one thing the shop sells, whichever product it belongs to.
        builder.HasIndex(v => v.Sku).IsUnique();
        builder.HasIndex(v => new { v.ProductId, v.Position });
    }
}
