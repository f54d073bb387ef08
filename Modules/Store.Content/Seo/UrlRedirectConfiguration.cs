using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Content.Seo;

internal sealed class UrlRedirectConfiguration : IEntityTypeConfiguration<UrlRedirect>
{
    public void Configure(EntityTypeBuilder<UrlRedirect> builder)
    {
        builder.ToTable("ContentRedirects");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.FromPath).HasMaxLength(UrlRedirect.PathMaxLength);
        builder.Property(r => r.ToPath).HasMaxLength(UrlRedirect.PathMaxLength);
        // The editor compares ignoring case; the index stops two saves racing to the same path.
        builder.HasIndex(r => r.FromPath).IsUnique();
    }
}
