resource "aws_instance" "jump" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-0abc1234"
  associate_public_ip_address = true
}
