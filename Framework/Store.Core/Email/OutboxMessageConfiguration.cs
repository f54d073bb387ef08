using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Core.Email;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.LeaseToken).HasMaxLength(32);
        // The sender's query: unsent, not given up, due now.
        builder.HasIndex(m => new { m.SentUtc, m.FailedUtc, m.NextAttemptUtc });
        // Counting what one address received lately (flood protection).
        builder.HasIndex(m => new { m.To, m.CreatedUtc });
    }
}
