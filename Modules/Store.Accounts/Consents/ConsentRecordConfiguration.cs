using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Accounts.Consents;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("AccountConsents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.VisitorId).HasMaxLength(40);
        builder.Property(c => c.Purpose).HasMaxLength(40);
        builder.Property(c => c.Wording).HasMaxLength(ConsentRecord.WordingMaxLength);
        builder.Property(c => c.Version).HasMaxLength(20);
        builder.Property(c => c.Source).HasMaxLength(20);
        builder.HasIndex(c => new { c.UserId, c.Purpose, c.Id });
        builder.HasIndex(c => new { c.VisitorId, c.Purpose, c.Id });
    }
}
