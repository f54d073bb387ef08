using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Store.Accounts.Users;

namespace Store.Accounts.Addresses;

internal sealed class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> builder)
    {
        builder.ToTable("Addresses");
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.Property(a => a.FullName).HasMaxLength(AddressInput.NameMax);
        builder.Property(a => a.Line1).HasMaxLength(AddressInput.LineMax);
        builder.Property(a => a.Line2).HasMaxLength(AddressInput.LineMax);
        builder.Property(a => a.City).HasMaxLength(AddressInput.CityMax);
        builder.Property(a => a.Region).HasMaxLength(AddressInput.CityMax);
        builder.Property(a => a.PostalCode).HasMaxLength(AddressInput.PostalCodeMax);
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.Property(a => a.Phone).HasMaxLength(AddressInput.PhoneMax);
        builder.HasIndex(a => a.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
