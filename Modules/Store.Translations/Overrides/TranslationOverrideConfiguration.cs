using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Translations.Overrides;

internal sealed class TranslationOverrideConfiguration : IEntityTypeConfiguration<TranslationOverride>
{
    public void Configure(EntityTypeBuilder<TranslationOverride> builder)
    {
        builder.ToTable(TranslationOverride.Table);
        builder.Property(o => o.Culture).HasMaxLength(20);
        builder.Property(o => o.Context).HasMaxLength(200);
        builder.Property(o => o.ChangedBy).HasMaxLength(256);
        // The forms as a JSON array: one column, the same on SQLite and PostgreSQL.
        builder.Property(o => o.Forms).HasConversion(
            forms => JsonSerializer.Serialize(forms, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? new List<string>(),
            new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), f => f.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))), f => f.ToList()));
        builder.HasIndex(o => new { o.Culture, o.Context, o.MsgId }).IsUnique();
    }
}
