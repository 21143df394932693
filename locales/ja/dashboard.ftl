# dashboard
