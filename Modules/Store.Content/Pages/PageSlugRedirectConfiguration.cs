using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Catalog;

namespace Store.Content.Pages;

internal sealed class PageSlugRedirectConfiguration : IEntityTypeConfiguration<PageSlugRedirect>
{
    public void Configure(EntityTypeBuilder<PageSlugRedirect> builder)
    {
        builder.ToTable("ContentPageSlugRedirects");
        builder.HasKey(r => r.Slug);
        builder.Property(r => r.Slug).HasMaxLength(Slugs.MaxLength);
        builder.HasIndex(r => r.PageId);
        builder.HasOne<ContentPage>().WithMany().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Cascade);
    }
}
