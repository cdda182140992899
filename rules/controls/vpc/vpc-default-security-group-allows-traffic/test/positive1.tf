resource "aws_vpc" "main" {
  cidr_block = "10.40.0.0/16"
}

# AWS's own default rules, restated: members talk to each other, everything goes out
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
