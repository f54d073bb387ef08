using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Catalog.Categories;

namespace Store.Catalog.Products;

internal sealed class ProductCategoryConfiguration : IEntityTypeConfiguration<ProductCategory>
{
    public void Configure(EntityTypeBuilder<ProductCategory> builder)
    {
        builder.ToTable("CatalogProductCategories");
        builder.HasKey(c => new { c.ProductId, c.CategoryId });
        // Category filters start from the category: this index finds its products.
        builder.HasIndex(c => new { c.CategoryId, c.ProductId });
        builder.HasOne(c => c.Category).WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
