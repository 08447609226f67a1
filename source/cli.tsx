console.log('avis: under construction');
