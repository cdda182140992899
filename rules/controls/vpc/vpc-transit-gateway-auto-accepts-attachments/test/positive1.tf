# the hub of a shared network account
resource "aws_ec2_transit_gateway" "hub" {
  description                     = "shared network hub"
  amazon_side_asn                 = 64512
  auto_accept_shared_attachments  = "enable"
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"

  tags = {
    Name = "network-hub"
  }
}

resource "aws_ram_resource_share" "hub" {
  name                      = "network-hub"
  allow_external_principals = false
}

resource "aws_ram_resource_association" "hub" {
  resource_arn       = aws_ec2_transit_gateway.hub.arn
  resource_share_arn = aws_ram_resource_share.hub.arn
}
