using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Content.Snippets;

internal sealed class ContentSnippetConfiguration : IEntityTypeConfiguration<ContentSnippet>
{
    public void Configure(EntityTypeBuilder<ContentSnippet> builder)
    {
        builder.ToTable("ContentSnippets");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(60);
        builder.Property(s => s.Markdown).HasMaxLength(ContentSnippet.MaxLength);
    }
}
