resource "aws_network_acl" "windows" {
  vpc_id = "vpc-0abc1234"
}

# every protocol from anywhere, RDP included
resource "aws_network_acl_rule" "all_in" {
  network_acl_id = aws_network_acl.windows.id
  rule_number    = 100
  protocol       = -1
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

# a wide TCP range over IPv6 that covers 3389
resource "aws_network_acl_rule" "high_ports_v6" {
  network_acl_id  = aws_network_acl.windows.id
  rule_number     = 110
  egress          = false
  protocol        = "tcp"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0"
  from_port       = 1024
  to_port         = 65535
}
