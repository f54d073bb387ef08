using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Catalog;

namespace Store.Content.Pages;

internal sealed class ContentPageConfiguration : IEntityTypeConfiguration<ContentPage>
{
    public void Configure(EntityTypeBuilder<ContentPage> builder)
    {
        builder.ToTable("ContentPages");
        builder.Ignore(p => p.Url);
        builder.Property(p => p.Title).HasMaxLength(ContentPage.TitleMaxLength);
        builder.Property(p => p.Slug).HasMaxLength(Slugs.MaxLength);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Markdown).HasMaxLength(ContentPage.BodyMaxLength);
        builder.Property(p => p.MetaTitle).HasMaxLength(ContentPage.MetaTitleMaxLength);
        builder.Property(p => p.MetaDescription).HasMaxLength(ContentPage.MetaDescriptionMaxLength);
    }
}
