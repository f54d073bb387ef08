using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.Products;

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> builder)
    {
        builder.ToTable("CatalogProductImages");
        builder.Property(i => i.MediaKey).HasMaxLength(80).IsRequired();
        builder.Property(i => i.Alt).HasMaxLength(ProductImage.AltMaxLength);
        builder.HasIndex(i => new { i.ProductId, i.SortOrder });
    }
}
