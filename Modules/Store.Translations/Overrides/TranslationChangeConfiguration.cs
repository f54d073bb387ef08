using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Translations.Overrides;

internal sealed class TranslationChangeConfiguration : IEntityTypeConfiguration<TranslationChange>
{
    public void Configure(EntityTypeBuilder<TranslationChange> builder)
    {
        builder.ToTable(TranslationChange.Table);
        builder.Property(c => c.Culture).HasMaxLength(20);
        builder.Property(c => c.Context).HasMaxLength(200);
        builder.Property(c => c.Source).HasMaxLength(20);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.HasIndex(c => new { c.Culture, c.ChangedUtc });
    }
}
