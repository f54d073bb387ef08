using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.Products;

internal sealed class ProductSlugRedirectConfiguration : IEntityTypeConfiguration<ProductSlugRedirect>
{
    public void Configure(EntityTypeBuilder<ProductSlugRedirect> builder)
    {
        builder.ToTable("CatalogProductSlugRedirects");
        builder.HasKey(r => r.Slug);
        builder.Property(r => r.Slug).HasMaxLength(Slugs.MaxLength);
        builder.HasIndex(r => r.ProductId);
        builder.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
