using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Catalog.Categories;

internal sealed class CategorySlugRedirectConfiguration : IEntityTypeConfiguration<CategorySlugRedirect>
{
    public void Configure(EntityTypeBuilder<CategorySlugRedirect> builder)
    {
        builder.ToTable("CatalogCategorySlugRedirects");
        builder.HasKey(r => r.Slug);
        builder.Property(r => r.Slug).HasMaxLength(Slugs.MaxLength);
        builder.HasIndex(r => r.CategoryId);
        builder.HasOne<Category>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
