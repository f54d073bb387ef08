using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Store.Accounts.ApiClients;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("ApiClients");
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.ClientId).HasMaxLength(40);
        builder.Property(c => c.SecretHash).HasMaxLength(64);
        builder.Property(c => c.Scopes).HasMaxLength(200);
        builder.HasIndex(c => c.ClientId).IsUnique();
    }
}
